package org.newskg.shell.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ontology.Nkg;

/** Parts of the store: a neighbourhood, a query's answer, one source, a date range. */
class SubgraphExportTest {

    private static final String CENTRE = Nkg.ID + "person/石泰峰";

    @TempDir
    static Path dir;

    static SampleStore sample;

    @BeforeAll
    static void ingest() {
        sample = SampleStore.ingestedInto(dir);
    }

    private Model exported(String name, String... args) {
        Path out = dir.resolve(name);
        String[] argv = new String[args.length + 4];
        System.arraycopy(args, 0, argv, 0, args.length);
        argv[args.length] = "--format";
        argv[args.length + 1] = "ntriples";
        argv[args.length + 2] = "--out";
        argv[args.length + 3] = out.toString();
        SampleStore.Run run = sample.export(argv);
        assertEquals(0, run.status(), run.err());
        return RDFDataMgr.loadModel(out.toString());
    }

    @Test
    void aNeighbourhoodIsSmallerThanTheWholeAndHoldsTheCentre() {
        Model whole = exported("whole.nt");
        Model around = exported("around.nt", "--around", "石泰峰", "--depth", "2");
        Model near = exported("near.nt", "--around", "石泰峰", "--depth", "1");
        assertTrue(around.containsResource(ResourceFactory.createResource(CENTRE)));
        assertTrue(around.size() < whole.size(), around.size() + " < " + whole.size());
        assertTrue(near.size() <= around.size());
        assertTrue(near.size() > 0);
    }

    @Test
    void theCentreMayBeGivenByIri() {
        Model around = exported("by-iri.nt", "--around", "<" + CENTRE + ">", "--depth", "1");
        assertTrue(around.containsResource(ResourceFactory.createResource(CENTRE)));
    }

    @Test
    void quotesInANameAreDataNotQuery() {
        SampleStore.Run run = sample.export("--format", "turtle", "--out", dir.resolve("x.ttl").toString(),
                "--around", "石泰峰\" } ; DROP ALL ; #", "--depth", "1");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("no entity named"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(Files.exists(dir.resolve("x.ttl")));
    }

    @Test
    void aConstructQueryChoosesTheTriples() {
        Model persons = exported("persons.nt", "--query",
                "CONSTRUCT { ?p a schema:Person ; rdfs:label ?l } WHERE { ?p a schema:Person ; rdfs:label ?l }");
        assertTrue(persons.size() > 10);
        assertTrue(persons.listObjectsOfProperty(org.apache.jena.vocabulary.RDF.type).toList().stream()
                .allMatch(t -> t.asResource().getURI().equals("http://schema.org/Person")));
    }

    @Test
    void aSelectQueryIsRefusedInOneLine() {
        SampleStore.Run run = sample.export("--format", "turtle", "--out", dir.resolve("y.ttl").toString(),
                "--query", "SELECT * WHERE { ?s ?p ?o }");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("CONSTRUCT"), run.err());
    }

    @Test
    void oneSourceKeepsItsGraphInNQuads() throws Exception {
        String graph = Nkg.ID + "graph/000_589c182ea8fb9a5a.txt";
        Path out = dir.resolve("one.nq");
        SampleStore.Run run = sample.export("--format", "nquads", "--graph", graph, "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(out.toString());
        assertEquals(1, ds.size(), "one named graph");
        assertTrue(ds.containsGraph(org.apache.jena.graph.NodeFactory.createURI(graph)));
    }

    @Test
    void aDateRangeHoldsOnlyItsArticles() {
        Model february2022 = exported("feb.nt", "--from", "2022-02-01", "--to", "2022-02-28");
        Model whole = exported("whole2.nt");
        assertTrue(february2022.size() > 0 && february2022.size() < whole.size());
        february2022.listObjectsOfProperty(ResourceFactory.createProperty("http://schema.org/datePublished"))
                .forEachRemaining(d -> assertTrue(d.asLiteral().getLexicalForm().startsWith("2022-02"), d.toString()));
    }

    @Test
    void badOptionsAreOneLineUsageErrors() {
        SampleStore.Run depth = sample.export("--format", "dot", "--out", dir.resolve("z.dot").toString(),
                "--around", "石泰峰", "--depth", "many");
        assertEquals(2, depth.status());
        SampleStore.Run both = sample.export("--format", "dot", "--out", dir.resolve("z.dot").toString(),
                "--around", "石泰峰", "--from", "2022-01-01");
        assertEquals(2, both.status());
        assertEquals(1, both.err().lines().count(), both.err());
    }
}
