package org.newskg.shell.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.store.TdbStore;
import org.newskg.ontology.Prefixes;

/** The explorer's endpoint over a small hand-written store: neighbours, evidence and search, read-only, on loopback. */
class ExplorerServerTest {

    private static final String ID = "http://newskg.org/id/";
    private static final String TURTLE = """
            <%1$sperson/林晓川> a schema:Person ; schema:name "林晓川" ; skos:altLabel "林主任"@zh ;
                org:holds <%1$spost/云岭市发展委员会主任> .
            <%1$spost/云岭市发展委员会主任> a org:Post ; rdfs:label "云岭市发展委员会主任"@zh ; org:postIn <%1$sorg/云岭市发展委员会> .
            <%1$sorg/云岭市发展委员会> a schema:Organization ; schema:name "云岭市发展委员会" .
            <%1$stenure/林晓川/云岭市发展委员会主任> a nkg:Tenure ; org:member <%1$sperson/林晓川> ;
                nkg:tenurePost <%1$spost/云岭市发展委员会主任> ;
                nkg:firstAttested "2022-03-01"^^xsd:date ; nkg:lastAttested "2022-04-02"^^xsd:date .
            <%1$sarticle/a.txt/1> a schema:NewsArticle ; schema:headline "云岭市召开发展工作会议" ;
                schema:datePublished "2022-03-01"^^xsd:date ; schema:mentions <%1$sperson/林晓川> .
            <%1$ssource/a.txt#offset_10_13> a nkg:Mention ; itsrdf:taIdentRef <%1$sperson/林晓川> ;
                nif:sentence <%1$ssource/a.txt#sentence_0_20> .
            <%1$ssource/a.txt#sentence_0_20> a nif:Sentence ; nif:anchorOf "林晓川主持召开云岭市发展工作会议。" ;
                nkg:inArticle <%1$sarticle/a.txt/1> .
            """.formatted(ID);

    @TempDir
    static Path dir;

    static TdbStore store;
    static ExplorerServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() {
        store = TdbStore.open(dir.resolve("store"));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Prefixes.sparqlPrologue() + TURTLE).lang(Lang.TURTLE).parse(graph);
        store.replaceGraph(ID + "graph/a.txt", graph);
        server = ExplorerServer.start(store, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aNodesNeighboursComeWithThePostAsADatedEdge() throws Exception {
        HttpResponse<String> r = get("api/neighbours?iri=" + encoded("nkgid:person/林晓川"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"label\": \"云岭市发展委员会\""), r.body());
        assertTrue(r.body().contains("\"title\": \"云岭市发展委员会主任\""), r.body());
        assertTrue(r.body().contains("\"start\": \"2022-03-01\"") && r.body().contains("\"end\": \"2022-04-02\""), r.body());
        assertTrue(!r.body().contains("offset_10_13"), "evidence nodes are not fetched as neighbours: " + r.body());
    }

    @Test
    void evidenceComesWithItsArticleAndDay() throws Exception {
        HttpResponse<String> r = get("api/node?iri=" + encoded("林晓川"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("林晓川主持召开云岭市发展工作会议。") && r.body().contains("\"date\": \"2022-03-01\""), r.body());
    }

    @Test
    void searchFindsAnAlias() throws Exception {
        HttpResponse<String> r = get("api/search?q=" + encoded("林主"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(ID + "person/林晓川"), r.body());
    }

    @Test
    void thePageIsServedLiveAndUnknownsAreOneLineErrors() throws Exception {
        HttpResponse<String> page = get("?focus=" + encoded("林晓川"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("\"live\": \"api/\""));
        assertTrue(page.body().contains("\"focus\": [\"" + ID + "person/林晓川\"]"));
        HttpResponse<String> unknown = get("api/node?iri=" + encoded("nkgid:person/无此人"));
        assertEquals(400, unknown.statusCode());
        assertEquals(1, unknown.body().lines().count(), unknown.body());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/search?q=x"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode(), "the explorer only reads");
        assertTrue(server.url().startsWith("http://127.0.0.1:"));
    }
}
