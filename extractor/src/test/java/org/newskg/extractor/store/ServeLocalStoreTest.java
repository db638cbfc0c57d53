package org.newskg.extractor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.UserInputException;

/** {@code serve}'s endpoint: answers queries over the union of graphs, and keeps to its limits. */
class ServeLocalStoreTest {

    static final String GRAPH = "urn:newskg:test:graph";

    @TempDir
    Path dir;

    TdbStore store;
    SparqlEndpointServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void storeWithTwentyPeople() {
        store = TdbStore.open(dir);
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 20; i++) {
            g.add(Triple.create(NodeFactory.createURI("urn:p" + i), NodeFactory.createURI("http://schema.org/name"),
                    NodeFactory.createLiteralString("人" + i)));
        }
        store.replaceGraph(GRAPH, g);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        store.close();
    }

    private SparqlEndpointServer serve(boolean updates, Duration timeout, long maxRows) {
        server = SparqlEndpointServer.start(store, new SparqlEndpointServer.Options("127.0.0.1", 0, "newskg", updates, timeout, maxRows));
        return server;
    }

    @Test
    void answersQueriesOverTheUnionOfGraphs() {
        serve(false, Duration.ofSeconds(30), 1000);
        assertTrue(server.datasetUrl().matches("http://127\\.0\\.0\\.1:\\d+/newskg"), server.datasetUrl());
        try (Store remote = Stores.open(server.datasetUrl())) {
            assertEquals(20, StoreStatistics.of(remote).triples());
            assertTrue(remote.sourceProperty(GRAPH, "http://schema.org/name").orElseThrow().startsWith("人"));
        }
    }

    @Test
    void readOnlyRefusesUpdatesAndGraphWrites() throws Exception {
        serve(false, Duration.ofSeconds(30), 1000);
        String update = "INSERT DATA { <urn:x> <urn:y> \"z\" }";
        for (String endpoint : new String[] {"/update", ""}) {
            HttpResponse<String> response = post(server.datasetUrl() + endpoint, "application/sparql-update", update);
            assertTrue(response.statusCode() >= 400, endpoint + " answered " + response.statusCode());
        }
        try (Store remote = Stores.open(server.datasetUrl())) {
            UserInputException e = assertThrows(UserInputException.class,
                    () -> remote.replaceGraph(GRAPH, GraphFactory.createDefaultGraph()));
            assertTrue(e.getMessage().contains("HTTP 4"), e.getMessage());
            assertEquals(20, StoreStatistics.of(remote).triples(), "nothing changed");
        }
    }

    @Test
    void updatesWorkOnlyWhenAllowed() throws Exception {
        serve(true, Duration.ofSeconds(30), 1000);
        HttpResponse<String> response = post(server.datasetUrl() + "/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:g2> { <urn:x> <urn:y> \"z\" } }");
        assertEquals(2, response.statusCode() / 100, response.body());
        assertEquals(21, StoreStatistics.of(store).triples());
    }

    @Test
    void resultsAreCutAtTheRowLimitWhateverTheQuerySays() throws Exception {
        serve(false, Duration.ofSeconds(30), 5);
        try (Store remote = Stores.open(server.datasetUrl())) {
            for (String query : new String[] {"SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ?o } LIMIT 100"}) {
                QueryOutcome.Select rows = (QueryOutcome.Select) remote.query(query);
                assertEquals(5, rows.rows().size(), query);
            }
            QueryOutcome.Select few = (QueryOutcome.Select) remote.query("SELECT * WHERE { ?s ?p ?o } LIMIT 2");
            assertEquals(2, few.rows().size());
        }
    }

    @Test
    void longQueriesAreStoppedAtTheTimeout() {
        serve(false, Duration.ofSeconds(1), 1000);
        // 20^5 = 3.2 million combinations to count: far longer than a second.
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o "
                + "FILTER(STR(?c) < STR(?f) || STR(?i) != STR(?l) || STR(?o) > \"\") }";
        long t0 = System.nanoTime();
        try (Store remote = Stores.open(server.datasetUrl())) {
            UserInputException e = assertThrows(UserInputException.class, () -> remote.query(slow));
            assertTrue(e.getMessage().contains("time limit"), e.getMessage());
        }
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(20).toNanos(), "the timeout cut the queries short");
    }

    @Test
    void theProtocolTimeoutCannotExceedTheServers() throws Exception {
        serve(false, Duration.ofSeconds(1), 1000);
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?timeout=600&query="
                + URLEncoder.encode(slow, StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() >= 400 || !response.body().contains("3200000"), response.body());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(20).toNanos());
    }

    @Test
    void otherInterfacesAreNotServed() throws Exception {
        serve(false, Duration.ofSeconds(30), 1000);
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(ni -> Collections.list(ni.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        if (outside.isEmpty()) {
            return; // no other interface on this machine to try
        }
        URI uri = URI.create("http://" + outside.get().getHostAddress() + ":" + server.port() + "/newskg/sparql?query=ASK%7B%7D");
        assertThrows(ConnectException.class, () -> http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()));
    }

    @Test
    void aRemoteStoreCannotBeServed() {
        Store remote = new Store() {
            public String location() { return "http://example.org/ds"; }
            public Optional<String> sourceProperty(String g, String p) { return Optional.empty(); }
            public void replaceGraph(String g, Graph graph) { }
            public QueryOutcome query(String q, QueryControl control) { return null; }
            public void export(org.apache.jena.riot.RDFFormat f, String g, java.io.OutputStream out) { }
            public void close() { }
        };
        UserInputException e = assertThrows(UserInputException.class,
                () -> SparqlEndpointServer.start(remote, SparqlEndpointServer.Options.defaults()));
        assertTrue(e.getMessage().startsWith("serve needs a local store directory"), e.getMessage());
    }

    private HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
