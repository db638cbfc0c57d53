package org.newskg.extractor.store;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks a URL the smallest SPARQL query there is, to learn whether it is a query endpoint and to
 * fail early, in one line, when the server cannot be reached.
 */
final class EndpointProbe implements RemoteEndpoints.QueryProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http;

    EndpointProbe(HttpClient http) {
        this.http = http;
    }

    @Override
    public boolean answersQueries(String url) {
        URI uri = URI.create(url + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/sparql-results+json, application/sparql-results+xml;q=0.9")
                .GET()
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2;
        } catch (IOException e) {
            throw RemoteErrors.describe(url, "a test query", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RemoteErrors.describe(url, "a test query", e);
        }
    }
}
