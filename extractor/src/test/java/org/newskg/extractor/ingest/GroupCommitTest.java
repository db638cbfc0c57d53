package org.newskg.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.bench.BenchCorpus;
import org.newskg.extractor.store.QueryControl;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.TdbStore;

/**
 * Many sources to a write transaction: the same store whatever the batch and the workers, each
 * source whole or not at all, sources reported once committed, and a source that cannot be
 * written failing alone.
 */
class GroupCommitTest {

    @TempDir
    static Path dir;

    static Path corpus;

    @BeforeAll
    static void buildCorpus() {
        corpus = BenchCorpus.from(Path.of("../data/corpus"), 11).articles(dir.resolve("corpus"), 36, 3).directory();
    }

    @Test
    void theSameQuadsForEveryBatchSizeAndNumberOfWorkers() {
        String oneByOne = dump(ingest("each-1", 1, CommitBatching.EACH, IngestListener.SILENT));
        assertEquals(oneByOne, dump(ingest("three-2", 2, new CommitBatching(3_000, Duration.ofSeconds(60)), IngestListener.SILENT)));
        assertEquals(oneByOne, dump(ingest("all-1", 1, new CommitBatching(Long.MAX_VALUE, Duration.ofHours(1)), IngestListener.SILENT)));
        assertEquals(oneByOne, dump(ingest("default-2", 2, CommitBatching.DEFAULT, IngestListener.SILENT)));
    }

    @Test
    void sourcesAreReportedOnlyOnceTheirBatchIsCommitted() {
        List<String> events = new ArrayList<>();
        IngestListener recorder = new IngestListener() {
            @Override
            public void fileDone(FileOutcome outcome) {
                events.add("done");
            }

            @Override
            public void committed(int sources, long quads, long storeBytes) {
                assertTrue(storeBytes > 0, "a local store tells its size");
                events.add("commit " + sources);
            }
        };
        ingest("one-batch", 2, new CommitBatching(Long.MAX_VALUE, Duration.ofHours(1)), recorder);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expected.add("done");
        }
        expected.add("commit 12");
        assertEquals(expected, events, "twelve files, one commit, reported with it");

        events.clear();
        ingest("each", 1, CommitBatching.EACH, recorder);
        assertEquals(24, events.size());
        assertEquals("commit 1", events.get(1));
    }

    @Test
    void aSourceTheStoreRefusesFailsAloneAndTheRestOfItsBatchIsWritten() {
        Path storeDir = dir.resolve("refusing");
        IngestReport report;
        try (Store store = new RefusingOne(TdbStore.open(storeDir), "a000004")) {
            report = new Ingestor(store).withThreads(2).ingest(List.of(corpus),
                    IngestOptions.none().withBatch(new CommitBatching(Long.MAX_VALUE, Duration.ofHours(1))), IngestListener.SILENT);
        }
        assertEquals(1, report.failed().size(), report.files()::toString);
        assertTrue(report.failed().get(0).file().toString().endsWith("a000004.txt"), report.failed()::toString);
        assertTrue(report.failed().get(0).message().contains("disk says no"), report.failed().get(0).message());
        assertEquals(11, report.count(FileOutcome.Status.INGESTED));
        IngestReport rerun;
        try (Store store = TdbStore.open(storeDir)) {
            rerun = new Ingestor(store).ingest(List.of(corpus), IngestOptions.none(), IngestListener.SILENT);
        }
        assertEquals(11, rerun.count(FileOutcome.Status.UNCHANGED), "the batch was written whole");
        assertEquals(1, rerun.count(FileOutcome.Status.INGESTED), "and only the refused file is redone");
    }

    private static Path ingest(String name, int threads, CommitBatching batching, IngestListener listener) {
        Path storeDir = dir.resolve(name);
        try (Store store = TdbStore.open(storeDir)) {
            IngestReport report = new Ingestor(store).withThreads(threads).ingest(List.of(corpus),
                    IngestOptions.none().withBatch(batching), listener);
            assertTrue(report.failed().isEmpty(), () -> "failures: " + report.failed());
            assertEquals(12, report.count(FileOutcome.Status.INGESTED));
        }
        return storeDir;
    }

    private static String dump(Path storeDir) {
        try (Store store = TdbStore.open(storeDir)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.export(RDFFormat.NQUADS, null, out);
            List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
            lines.sort(null);
            return String.join("\n", lines);
        }
    }

    /**
     * A store that refuses one file's graph: a batch holding it fails as a whole before anything
     * is written (as a transaction that aborts), and so does that graph on its own.
     */
    private static final class RefusingOne implements Store {
        private final Store inner;
        private final String refused;

        RefusingOne(Store inner, String refused) {
            this.inner = inner;
            this.refused = refused;
        }

        @Override
        public void replaceGraphs(Map<String, Graph> graphs) {
            if (graphs.keySet().stream().anyMatch(g -> g.contains(refused))) {
                throw new IllegalStateException("disk says no");
            }
            inner.replaceGraphs(graphs);
        }

        @Override
        public void replaceGraph(String graphIri, Graph graph) {
            replaceGraphs(Map.of(graphIri, graph));
        }

        @Override
        public String location() {
            return inner.location();
        }

        @Override
        public Optional<String> sourceProperty(String graphIri, String propertyIri) {
            return inner.sourceProperty(graphIri, propertyIri);
        }

        @Override
        public QueryOutcome query(String sparql, QueryControl control) {
            return inner.query(sparql, control);
        }

        @Override
        public void export(RDFFormat format, String graphIriOrNull, java.io.OutputStream out) {
            inner.export(format, graphIriOrNull, out);
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
