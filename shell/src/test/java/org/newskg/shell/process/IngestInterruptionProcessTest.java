package org.newskg.shell.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.ingest.IngestOptions;
import org.newskg.extractor.ingest.Ingestor;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.TdbStore;
import org.newskg.shell.Main;
import org.newskg.shell.RunResultAccess;

/**
 * SIGKILLs a real {@code newskg ingest} at several moments, committing a file at a time and many
 * files at a time, and checks after each kill that the store opens and holds only whole files; then the same ingest, run again, finishes the job and
 * leaves exactly what a clean, uninterrupted ingest leaves.
 */
class IngestInterruptionProcessTest {

    private static final int COPIES = 3;

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesWholeFilesAndRerunningFinishesWithoutDuplicates() throws Exception {
        Path corpus = corpus();
        Path clean = dir.resolve("clean");
        try (Store store = TdbStore.open(clean)) {
            new Ingestor(store).ingest(List.of(corpus), IngestOptions.none(), IngestListener.SILENT);
        }
        Map<String, Long> cleanCounts = tripleCounts(clean);
        assertEquals(4 * COPIES, cleanCounts.size());

        Path store = dir.resolve("store");
        // Before the store is even open; after the first file (a commit per file); while later
        // files are written in batches of a few files (many graphs to a transaction).
        killAt(store, corpus, null, 700);
        killAt(store, corpus, "[1/", 0, "--batch-quads", "1");
        killAt(store, corpus, "[2/", 150, "--batch-quads", "5000");
        // While the store is being compacted between two files (a limit of a few bytes makes it
        // compact as soon as it has grown): TDB2 builds the new generation aside, so either
        // generation is a whole store.
        killAt(store, corpus, "compacting the store", 300, "--compact-above", "0.000001", "--batch-quads", "5000");

        RunResultAccess rerun = RunResultAccess.run("ingest", "--store", store.toString(), corpus.toString());
        assertEquals(0, rerun.status(), rerun.err());
        assertEquals(cleanCounts, tripleCounts(store));
        assertEquals(sortedNQuads(clean), sortedNQuads(store), "the same quads as a clean ingest, none twice");
    }

    /**
     * Starts the ingest and kills it {@code delayMs} after a progress line containing {@code after}
     * appears (or after the start when {@code after} is null); then checks the store.
     */
    private void killAt(Path store, Path corpus, String after, long delayMs, String... options) throws Exception {
        // --verbose: a line per committed file, to kill at.
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--store", store.toString(), "--verbose"));
        args.addAll(List.of(options));
        args.add(corpus.toString());
        try (ChildJvm child = ChildJvm.start(dir, Main.class.getName(), args.toArray(String[]::new))) {
            if (after != null) {
                child.await(after, 120);
            }
            Thread.sleep(delayMs);
            child.kill();
        }
        Map<String, Long> counts = tripleCounts(store);
        Map<String, Long> clean = tripleCounts(dir.resolve("clean"));
        for (Map.Entry<String, Long> graph : counts.entrySet()) {
            assertEquals(clean.get(graph.getKey()), graph.getValue(), "graph " + graph.getKey() + " is whole");
        }
        assertWholeSourceNodes(store);
    }

    /** Every graph names its source file with the digest of its bytes: nothing half-written. */
    private static void assertWholeSourceNodes(Path path) {
        try (Store store = TdbStore.open(path)) {
            QueryOutcome.Select rows = (QueryOutcome.Select) store.query("""
                    SELECT ?g (COUNT(DISTINCT ?sha) AS ?hashes) WHERE {
                      GRAPH ?g { ?s ?p ?o } FILTER(?g != <http://newskg.org/id/graph/ontology> && ?g != <http://newskg.org/id/inferred/tenures>)
                      OPTIONAL { GRAPH ?g { ?src a nkg:SourceFile ; nkg:sha256 ?sha } }
                    } GROUP BY ?g""");
            while (rows.rows().hasNext()) {
                QuerySolution row = rows.rows().next();
                assertEquals(1, row.getLiteral("hashes").getInt(), "one source node with a sha256 in " + row.get("g"));
            }
        }
    }

    private static Map<String, Long> tripleCounts(Path path) {
        Map<String, Long> counts = new TreeMap<>();
        try (Store store = TdbStore.open(path)) {
            QueryOutcome.Select rows = (QueryOutcome.Select) store.query(
                    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }"
                    + " FILTER(?g != <http://newskg.org/id/graph/ontology> && ?g != <http://newskg.org/id/inferred/tenures>) }"
                            + " GROUP BY ?g");
            while (rows.rows().hasNext()) {
                QuerySolution row = rows.rows().next();
                counts.put(row.getResource("g").getURI(), row.getLiteral("n").getLong());
            }
        }
        return counts;
    }

    private static List<String> sortedNQuads(Path path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store store = TdbStore.open(path)) {
            store.export(RDFFormat.NQUADS, null, out);
        }
        return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
    }

    /** Copies of the sample pages under different names: a batch long enough to be interrupted. */
    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<Path> pages;
        try (var files = Files.list(Path.of("../data/corpus"))) {
            pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int copy = 0; copy < COPIES; copy++) {
            for (Path page : pages) {
                String name = page.getFileName().toString().replace(".txt", "_" + copy + ".txt");
                Files.copy(page, corpus.resolve(name));
            }
        }
        return corpus;
    }
}
