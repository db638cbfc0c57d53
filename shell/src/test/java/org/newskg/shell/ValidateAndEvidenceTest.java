package org.newskg.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.entity.Iris;
import org.newskg.extractor.store.TdbStore;
import org.newskg.ontology.Schema;

/** validate and evidence as a user runs them: exit statuses and the promised output forms. */
class ValidateAndEvidenceTest {

    private static final Path CORPUS = Path.of("..", "data", "corpus");

    @TempDir
    Path dir;

    @Test
    void theSampleStoreConformsAndEvidenceIsCsvWithThePromisedColumns() {
        String store = dir.resolve("store").toString();
        RunResult ingest = RunResult.of("ingest", "--store", store, CORPUS.toString());
        assertEquals(0, ingest.status(), ingest.err());

        RunResult validate = RunResult.of("validate", "--store", store);
        assertEquals(0, validate.status(), validate.out() + validate.err());
        assertTrue(validate.out().contains("4 graphs: conforms (0 violations"), validate.out());

        RunResult evidence = RunResult.of("evidence", "--store", store, "--format", "csv", "nkgid:person/石泰峰");
        assertEquals(0, evidence.status(), evidence.err());
        String[] lines = evidence.out().split("\r?\n");
        assertEquals("file,start,end,text,sentence", lines[0]);
        assertTrue(lines.length > 3, evidence.out());
        assertTrue(lines[1].startsWith("000_589c182ea8fb9a5a.txt,") && lines[1].contains(",石泰峰,"), lines[1]);

        RunResult unknown = RunResult.of("evidence", "--store", store, "nkgid:person/无此人");
        assertEquals(1, unknown.status());
        assertEquals(1, unknown.errLines(), unknown.err());
    }

    @Test
    void aStoreWithAViolatingGraphFailsWithOneLinePerViolation() {
        Path storeDir = dir.resolve("bad");
        try (TdbStore store = TdbStore.open(storeDir)) {
            Graph bad = GraphFactory.createDefaultGraph();
            var person = NodeFactory.createURI(Iris.person("石泰峰"));
            bad.add(Triple.create(person, RDF.type.asNode(), Schema.Person.asNode()));
            bad.add(Triple.create(person, Schema.name.asNode(), NodeFactory.createLiteralString("石泰峰")));
            bad.add(Triple.create(person, Schema.name.asNode(), NodeFactory.createLiteralString("石泰丰")));
            store.replaceGraph(Iris.sourceGraph("bad.txt"), bad);
        }

        RunResult validate = RunResult.of("validate", "--store", storeDir.toString());

        assertEquals(1, validate.status(), validate.out() + validate.err());
        assertTrue(validate.out().contains("VIOLATION nkgid:person/石泰峰 schema:name: a person has exactly one schema:name"),
                validate.out());
        assertTrue(validate.out().contains("does not conform (1 violations"), validate.out());
    }
}
