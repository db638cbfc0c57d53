package org.newskg.extractor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreCompactTest {

    @Test
    void compactingAfterReplacementsShrinksTheStoreAndKeepsTheData(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            for (int round = 0; round < 30; round++) {
                Graph g = GraphFactory.createDefaultGraph();
                for (int i = 0; i < 300; i++) {
                    g.add(NodeFactory.createURI("http://example.org/s" + i), NodeFactory.createURI("http://example.org/p"),
                            NodeFactory.createLiteralString("round " + round + " value " + i));
                }
                store.replaceGraph("http://example.org/g", g);
            }
            Compaction done = store.compact();
            assertTrue(done.bytesAfter() < done.bytesBefore(), () -> "before " + done.bytesBefore() + ", after " + done.bytesAfter());
            QueryOutcome.Select rows = (QueryOutcome.Select) store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
            assertEquals(300, rows.rows().next().getLiteral("n").getInt());
            assertEquals("round 29 value 0", ((QueryOutcome.Select) store.query(
                    "SELECT ?o WHERE { <http://example.org/s0> ?p ?o }")).rows().next().getLiteral("o").getString());
        }
    }
}
