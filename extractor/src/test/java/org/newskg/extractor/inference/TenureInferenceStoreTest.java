package org.newskg.extractor.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.sample.SampleStore;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;

/** Store stage, tenure inference on the sample store: written after ingest, and re-running it changes nothing. */
class TenureInferenceStoreTest {

    @Test
    void ingestLeavesInferredIntervalsInAGraphOfTheirOwn() {
        Store store = SampleStore.get();
        QueryOutcome.Select rows = (QueryOutcome.Select) store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <"
                + TenureInference.GRAPH + "> { ?t nkg:inferredDuring ?i } }");
        assertTrue(rows.rows().next().getLiteral("n").getInt() > 10);
    }

    @Test
    void runningTheInferenceAgainLeavesTheStoreAsItWas() {
        Store store = SampleStore.get();
        List<String> before = nquads(store);
        new TenureInference().refresh(store);
        assertEquals(before, nquads(store));
    }

    private static List<String> nquads(Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(RDFFormat.NQUADS, null, out);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
    }
}
