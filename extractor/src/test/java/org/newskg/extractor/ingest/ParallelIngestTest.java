package org.newskg.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.bench.BenchCorpus;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.TdbStore;

/** Ingest on several workers: the same store as one worker, resumable, and cheap to skip unchanged files. */
class ParallelIngestTest {

    @TempDir
    static Path dir;

    static Path corpus;

    @BeforeAll
    static void buildCorpus() {
        // Small articles, a few to a file: many files, so workers, batching and resume all come into play.
        corpus = BenchCorpus.from(Path.of("../data/corpus"), 7).articles(dir.resolve("corpus"), 60, 3).directory();
    }

    @Test
    void fourWorkersWriteWhatOneWrites() {
        IngestReport one = ingest(dir.resolve("one"), 1);
        IngestReport four = ingest(dir.resolve("four"), 4);
        assertTrue(one.failed().isEmpty(), () -> "failures: " + one.failed());
        assertEquals(20, one.files().size());
        assertEquals(one.files().stream().map(FileOutcome::file).toList(), four.files().stream().map(FileOutcome::file).toList(),
                "progress and the report follow the files' order whatever the number of workers");
        assertEquals(one.triples(), four.triples());
        assertEquals(one.entitiesByType(), four.entitiesByType());
        assertEquals(dump(dir.resolve("one")), dump(dir.resolve("four")));
    }

    @Test
    void anInterruptedRunResumesWithoutDuplicates() {
        Path store = dir.resolve("resumed");
        // The store fails after 7 graphs, as a run killed part-way would leave it.
        // The ontology graph is written first, so the eighth write is the seventh file's.
        // (A source per transaction here; GroupCommitTest kills batches.)
        try (Store s = new FailingAfter(TdbStore.open(store), 7 + 1)) {
            IngestReport broken = new Ingestor(s).withThreads(2).ingest(List.of(corpus),
                    IngestOptions.none().withBatch(CommitBatching.EACH), IngestListener.SILENT);
            assertEquals(7, broken.count(FileOutcome.Status.INGESTED));
            assertEquals(13, broken.failed().size());
        }
        IngestReport resumed = ingest(store, 2);
        assertEquals(7, resumed.count(FileOutcome.Status.UNCHANGED), "what was written is skipped by its hash");
        assertEquals(13, resumed.count(FileOutcome.Status.INGESTED));
        assertEquals(dump(ensureFull(dir.resolve("reference"))), dump(store));
    }

    @Test
    void theSkipCheckReadsTheStoreOncePerFileAndWritesNothing() {
        Path storeDir = dir.resolve("skip");
        ingest(storeDir, 2);
        try (Counting store = new Counting(TdbStore.open(storeDir))) {
            IngestReport again = new Ingestor(store).withThreads(2).ingest(List.of(corpus), IngestOptions.none(), IngestListener.SILENT);
            assertEquals(20, again.count(FileOutcome.Status.UNCHANGED));
            assertEquals(20 + 1, store.reads.get(), "one read per file, and one for the ontology graph's version");
            assertEquals(0, store.writes.get(), "nothing written");
        }
    }

    private static Path ensureFull(Path storeDir) {
        if (!Files.exists(storeDir)) {
            ingest(storeDir, 1);
        }
        return storeDir;
    }

    private static IngestReport ingest(Path storeDir, int threads) {
        try (Store store = TdbStore.open(storeDir)) {
            return new Ingestor(store).withThreads(threads).ingest(List.of(corpus), IngestOptions.none(), IngestListener.SILENT);
        }
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

    /** A store that passes everything on to another. */
    private abstract static class Delegating implements Store {
        final Store inner;

        Delegating(Store inner) {
            this.inner = inner;
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
        public Map<String, String> sourceProperties(String graphIri, List<String> propertyIris) {
            return inner.sourceProperties(graphIri, propertyIris);
        }

        @Override
        public void replaceGraph(String graphIri, Graph graph) {
            inner.replaceGraph(graphIri, graph);
        }


        @Override
        public QueryOutcome query(String sparql, org.newskg.extractor.store.QueryControl control) {
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

    /** Writes the first {@code limit} graphs, then fails every write, one graph at a time. */
    private static final class FailingAfter extends Delegating {
        private final int limit;
        private int written;

        FailingAfter(Store inner, int limit) {
            super(inner);
            this.limit = limit;
        }

        @Override
        public void replaceGraph(String graphIri, Graph graph) {
            if (written >= limit) {
                throw new IllegalStateException("disk gone");
            }
            inner.replaceGraph(graphIri, graph);
            written++;
        }

    }

    private static final class Counting extends Delegating {
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();

        Counting(Store inner) {
            super(inner);
        }

        @Override
        public Optional<String> sourceProperty(String graphIri, String propertyIri) {
            reads.incrementAndGet();
            return inner.sourceProperty(graphIri, propertyIri);
        }

        @Override
        public Map<String, String> sourceProperties(String graphIri, List<String> propertyIris) {
            reads.incrementAndGet();
            return inner.sourceProperties(graphIri, propertyIris);
        }

        @Override
        public void replaceGraph(String graphIri, Graph graph) {
            writes.incrementAndGet();
        }

    }
}
