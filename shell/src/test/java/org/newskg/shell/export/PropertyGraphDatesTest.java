package org.newskg.shell.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newskg.ontology.Prefixes;

/** The days graph tools see: posts held from their tenures, events and articles from their day. */
class PropertyGraphDatesTest {

    private static final String ID = "http://newskg.org/id/";

    private static final String HOLDING = """
            <%1$sperson/林晓川> a schema:Person ; rdfs:label "林晓川"@zh ; org:holds <%1$spost/云岭市发展委员会主任> .
            <%1$spost/云岭市发展委员会主任> a org:Post ; rdfs:label "云岭市发展委员会主任"@zh ; org:postIn <%1$sorg/云岭市发展委员会> .
            <%1$sorg/云岭市发展委员会> a schema:Organization ; rdfs:label "云岭市发展委员会"@zh .
            """;

    private static PropertyGraph graph(String trig) {
        DatasetGraph data = DatasetGraphFactory.create();
        RDFParser.fromString(Prefixes.sparqlPrologue() + trig.formatted(ID))
                .lang(Lang.TRIG).parse(data);
        return new PropertyGraphBuilder().build(data);
    }

    private static Map<String, String> postEdge(PropertyGraph graph) {
        return graph.edges().stream().filter(e -> e.attributes().containsKey("title")).findFirst().orElseThrow().attributes();
    }

    @Test
    void aPostHeldSpansItsFirstToItsLastAttestedDayOverEveryGraph() {
        Map<String, String> edge = postEdge(graph("<%1$sgraph/a.txt> {" + HOLDING + """
                <%1$stenure/林晓川/主任> a nkg:Tenure ; org:member <%1$sperson/林晓川> ; nkg:tenurePost <%1$spost/云岭市发展委员会主任> ;
                    nkg:firstAttested "2022-03-01"^^xsd:date ; nkg:lastAttested "2022-03-09"^^xsd:date . }
                <%1$sgraph/b.txt> {
                <%1$stenure/林晓川/主任> a nkg:Tenure ; org:member <%1$sperson/林晓川> ; nkg:tenurePost <%1$spost/云岭市发展委员会主任> ;
                    nkg:firstAttested "2021-11-20"^^xsd:date ; nkg:lastAttested "2021-11-20"^^xsd:date . }
                """));
        assertEquals("2021-11-20", edge.get("start"));
        assertEquals("2022-03-09", edge.get("end"));
        assertEquals("attested", edge.get("dates"));
        assertEquals(ID + "tenure/林晓川/主任", edge.get("tenure"));
    }

    @Test
    void anIntervalAnArticleStatedWinsAndAnOpenEndKeepsTheLastAttestedDay() {
        Map<String, String> edge = postEdge(graph("<%1$sgraph/a.txt> {" + HOLDING + """
                <%1$stenure/林晓川/主任> a nkg:Tenure ; org:member <%1$sperson/林晓川> ; nkg:tenurePost <%1$spost/云岭市发展委员会主任> ;
                    nkg:firstAttested "2022-03-01"^^xsd:date ; nkg:lastAttested "2022-03-09"^^xsd:date ;
                    org:memberDuring <%1$sinterval/1> .
                <%1$sinterval/1> a time:Interval ; time:hasBeginning <%1$sinstant/1> .
                <%1$sinstant/1> a time:Instant ; time:inXSDDate "2020-06-15"^^xsd:date . }
                """));
        assertEquals("2020-06-15", edge.get("start"));
        assertEquals("2022-03-09", edge.get("end"));
        assertEquals("stated", edge.get("dates"));
    }

    @Test
    void inferredIntervalsRunFromTheirFirstBeginningToTheirLastEnd() {
        Map<String, String> edge = postEdge(graph("<%1$sgraph/a.txt> {" + HOLDING + """
                <%1$stenure/林晓川/主任> a nkg:Tenure ; org:member <%1$sperson/林晓川> ; nkg:tenurePost <%1$spost/云岭市发展委员会主任> ;
                    nkg:firstAttested "2022-03-01"^^xsd:date ; nkg:lastAttested "2022-03-09"^^xsd:date . }
                <%1$sinferred/tenures> {
                <%1$stenure/林晓川/主任> nkg:inferredDuring <%1$stenure/林晓川/主任/inferred/2021-01-04> .
                <%1$stenure/林晓川/主任/inferred/2021-01-04> a nkg:InferredInterval , time:Interval ;
                    time:hasBeginning <%1$sb> ; time:hasEnd <%1$se> .
                <%1$sb> a time:Instant ; time:inXSDDate "2021-01-04"^^xsd:date .
                <%1$se> a time:Instant ; time:inXSDDate "2022-06-30"^^xsd:date . }
                """));
        assertEquals("2021-01-04", edge.get("start"));
        assertEquals("2022-06-30", edge.get("end"));
        assertEquals("inferred", edge.get("dates"));
    }

    @Test
    void intervalsAndInstantsAreNotDrawn() {
        PropertyGraph graph = graph("<%1$sgraph/a.txt> {" + HOLDING + """
                <%1$stenure/林晓川/主任> a nkg:Tenure ; org:member <%1$sperson/林晓川> ; nkg:tenurePost <%1$spost/云岭市发展委员会主任> ;
                    nkg:inferredDuring <%1$si> .
                <%1$si> a nkg:InferredInterval , time:Interval ; time:hasBeginning <%1$sb> .
                <%1$sb> a time:Instant ; time:inXSDDate "2021-01-04"^^xsd:date . }
                """);
        assertEquals(2, graph.nodes().size(), "the person and the organization: " + graph.nodes());
    }

    @Test
    void anEventWithoutAYearTakesItsArticlesAndItsPartsTakeTheEventsDay() {
        PropertyGraph graph = graph("""
                <%1$sgraph/a.txt> {
                <%1$sperson/林晓川> a schema:Person ; rdfs:label "林晓川"@zh .
                <%1$sarticle/a.txt/1> a schema:NewsArticle ; schema:datePublished "2022-02-08"^^xsd:date ;
                    schema:mentions <%1$sperson/林晓川> .
                <%1$sevent/a.txt/1/0> a schema:Event ; rdfs:label "会议"@zh ; schema:startDate "--02-07"^^xsd:gMonthDay ;
                    schema:about <%1$sarticle/a.txt/1> ; nkg:participation <%1$sevent/a.txt/1/0/participant/0> .
                <%1$sevent/a.txt/1/0/participant/0> a nkg:Participation ; nkg:participant <%1$sperson/林晓川> ; nkg:role "chair" . }
                """);
        PropertyGraph.Node event = graph.nodes().stream().filter(n -> n.kind().equals("Event")).findFirst().orElseThrow();
        assertEquals("2022-02-07", event.attributes().get("start"));
        PropertyGraph.Node article = graph.nodes().stream().filter(n -> n.kind().equals("NewsArticle")).findFirst().orElseThrow();
        assertEquals("2022-02-08", article.attributes().get("end"));
        PropertyGraph.Edge part = graph.edges().stream().filter(e -> e.label().equals("chair")).findFirst().orElseThrow();
        assertEquals("2022-02-07", part.attributes().get("start"));
        PropertyGraph.Edge mention = graph.edges().stream().filter(e -> e.label().equals("schema:mentions")).findFirst().orElseThrow();
        assertEquals("2022-02-08", mention.attributes().get("start"));
    }
}
