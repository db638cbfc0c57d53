package org.newskg.extractor.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The SPARQL 1.1 Graph Store Protocol, for one named graph at a time: PUT replaces the graph in
 * one request, which the server applies as one transaction, so readers never see half a source file.
 */
final class GraphStoreClient {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final String ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5";

    private final HttpClient http;
    private final String endpoint;
    private final DigestAuthentication digest;

    GraphStoreClient(HttpClient http, String endpoint) {
        this(http, endpoint, null);
    }

    /** With {@code credentialsOrNull}, answers the server's digest challenges (Virtuoso's {@code -auth} endpoints). */
    GraphStoreClient(HttpClient http, String endpoint, RemoteCredentials credentialsOrNull) {
        this.http = http;
        this.endpoint = endpoint;
        this.digest = credentialsOrNull == null ? null : new DigestAuthentication(credentialsOrNull);
    }

    /** Replaces the graph named {@code graphIri} on the server by {@code graph}. */
    void put(String graphIri, Graph graph) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, graph, Lang.NTRIPLES);
        HttpRequest request = HttpRequest.newBuilder(graphUri(graphIri))
                .timeout(TIMEOUT)
                .header("Content-Type", Lang.NTRIPLES.getHeaderString() + "; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        request = authorised(request);
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(), "writing graph " + graphIri);
        if (response.statusCode() / 100 != 2) {
            throw RemoteErrors.status(endpoint, "writing graph " + graphIri, response.statusCode(), response.body());
        }
    }

    /** Streams the triples of one graph into {@code sink}; a graph the server does not have is empty. */
    void read(String graphIri, StreamRDF sink) {
        HttpRequest request = HttpRequest.newBuilder(graphUri(graphIri))
                .timeout(TIMEOUT)
                .header("Accept", ACCEPT)
                .GET()
                .build();
        request = authorised(request);
        String doing = "reading graph " + graphIri;
        HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream(), doing);
        try (InputStream in = response.body()) {
            if (response.statusCode() == 404) {
                return;
            }
            if (response.statusCode() / 100 != 2) {
                throw RemoteErrors.status(endpoint, doing, response.statusCode(),
                        new String(in.readNBytes(2000), StandardCharsets.UTF_8));
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(Lang.NTRIPLES.getHeaderString());
            Lang lang = RDFLanguages.contentTypeToLang(contentType.replaceAll(";.*", "").trim());
            RDFParser.source(in).lang(lang == null ? Lang.NTRIPLES : lang).parse(sink);
        } catch (IOException e) {
            throw RemoteErrors.describe(endpoint, doing, e);
        }
    }

    private URI graphUri(String graphIri) {
        return URI.create(endpoint + "?graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
    }

    private HttpRequest authorised(HttpRequest request) {
        if (digest == null) {
            return request;
        }
        return digest.authorization(request.method(), request.uri())
                .map(header -> HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"))
                        .header("Authorization", header).build())
                .orElse(request);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, String doing) {
        try {
            HttpResponse<T> response = http.send(request, handler);
            // A first request, or one whose nonce went stale, is answered once more with the new challenge.
            if (response.statusCode() == 401 && digest != null
                    && digest.challenged(response.headers().firstValue("WWW-Authenticate").orElse(null))) {
                if (response.body() instanceof InputStream in) {
                    in.close();
                }
                response = http.send(authorised(request), handler);
            }
            return response;
        } catch (IOException e) {
            throw RemoteErrors.describe(endpoint, doing, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RemoteErrors.describe(endpoint, doing, e);
        }
    }
}
