package org.newskg.extractor.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.TemporaryFolders;
import org.newskg.extractor.entity.Iris;
import org.newskg.extractor.fact.DocumentFacts;
import org.newskg.extractor.ingest.CommitBatching;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.ingest.IngestOptions;
import org.newskg.extractor.ingest.IngestReport;
import org.newskg.extractor.ingest.Ingestor;
import org.newskg.extractor.layout.LayoutRepair;
import org.newskg.extractor.mention.HanlpRecognizer;
import org.newskg.extractor.rdf.DocumentGraphBuilder;
import org.newskg.extractor.source.MetadataResolver;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.source.SourceReader;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.TdbStore;

/**
 * Measures each stage against the one below it, in one process on one generated corpus, so the
 * ratios hold even on a busy machine: HanLP's segmentation alone (the floor), the full extraction
 * without a store, ingest into TDB2 with one and two workers, NewsKG's store writing against
 * Jena's bulk loader on the same quads, and the contract's example queries on the result.
 */
public final class Benchmark {

    /** The example queries users save, timed on the benchmark's store. */
    static final Map<String, String> QUERIES = queries();

    private static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("persons with posts", """
                SELECT ?name ?title ?orgName WHERE {
                  ?p a schema:Person ; schema:name ?name ; org:holds ?post .
                  ?post rdfs:label ?title ; org:postIn ?org . ?org schema:name ?orgName . }""");
        q.put("regions with parents", """
                SELECT ?name ?parent WHERE {
                  ?r a schema:AdministrativeArea ; schema:name ?name ; schema:containedInPlace/schema:name ?parent . }""");
        q.put("articles by date", """
                SELECT ?a ?headline ?date WHERE {
                  ?a a schema:NewsArticle ; schema:headline ?headline ; schema:datePublished ?date .
                  FILTER(?date >= "2022-02-01"^^xsd:date && ?date < "2022-03-01"^^xsd:date) }""");
        return q;
    }

    private final Extractor extractor;
    private final Consumer<String> progress;
    private final SourceReader reader = new SourceReader();
    private final DocumentGraphBuilder graphs = new DocumentGraphBuilder();

    public Benchmark(Extractor extractor, Consumer<String> progress) {
        this.extractor = extractor;
        this.progress = progress;
    }

    /** The speed of one stage over the whole corpus. */
    record Pass(String stage, int threads, long chars, long articles, long nanos) {
        double seconds() {
            return nanos / 1e9;
        }

        double charsPerS() {
            return chars / seconds();
        }

        double articlesPerS() {
            return articles / seconds();
        }
    }

    public BenchReport run(BenchOptions options) {
        Path work = options.workDir();
        try {
            Files.createDirectories(work);
            try (HeapWatch heap = new HeapWatch()) {
                return measure(options, work, heap);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!options.keep()) {
                TemporaryFolders.deleteQuietly(work);
            }
        }
    }

    private BenchReport measure(BenchOptions options, Path work, HeapWatch heap) throws IOException {
        Path corpus = work.resolve("corpus");
        BenchCorpus.Built built;
        if (options.news() != null) {
            built = BenchCorpus.news(options.news(), corpus, (long) (options.megabytes() * 1_000_000));
        } else {
            BenchCorpus samples = BenchCorpus.from(options.samples(), 20240207L);
            built = options.articles() > 0
                    ? samples.articles(corpus, options.articles(), BenchOptions.ARTICLES_PER_FILE)
                    : samples.pages(corpus, (long) (options.megabytes() * 1_000_000));
        }
        List<Path> files = corpusFiles(corpus);
        progress.accept(String.format(Locale.ROOT, "corpus: %,d files, %.1f MB in %s", built.files(), built.bytes() / 1e6, corpus));

        List<String> failures = warmUp(files, work);
        files = corpusFiles(corpus);
        Pass hanlp = hanlpPass(files);
        Path quads = work.resolve("quads.nq");
        Pass extract1 = extractPass(files, quads);
        long chars = extract1.chars();
        hanlp = new Pass(hanlp.stage(), hanlp.threads(), hanlp.chars(), extract1.articles(), hanlp.nanos());
        Pass extract2 = parallelExtractPass(files, 2, chars);
        Pass ingest1 = ingestPass(corpus, work.resolve("store-1"), 1, chars);
        Pass ingest2 = ingestPass(corpus, work.resolve("store-2"), 2, chars);
        Pass ingestT = options.threads() > 2 ? ingestPass(corpus, work.resolve("store-t"), options.threads(), chars) : null;
        Path ingestStore = work.resolve(ingestT != null ? "store-t" : "store-2");
        long ingestStoreBytes = TdbStore.sizeOnDisk(ingestStore);
        Pass storeWrite = storeWritePass(quads, work.resolve("store-replay-n"), CommitBatching.DEFAULT_QUADS, Long.MAX_VALUE);
        Pass storeWriteEach = storeWritePass(quads, work.resolve("store-replay-1"), 1, EACH_COMMIT_GRAPHS);
        Pass bulk = bulkLoadPass(quads, work.resolve("store-bulk"));
        Map<String, long[]> queries = queryTimes(ingestStore);
        long compactedBytes = compactedSize(ingestStore);
        long peakUsed = heap.peakUsedBytes();
        long peakAfterGc = heap.peakAfterGcBytes();

        List<String> lines = new ArrayList<>();
        if (!failures.isEmpty()) {
            lines.add(String.format(Locale.ROOT, "%d of %d generated files failed extraction and were left out (kept in %s), e.g. %s",
                    failures.size(), built.files(), work.resolve("failed"), failures.get(0)));
        }
        lines.add(String.format(Locale.ROOT, "corpus: %s%,d files, %.1f MB of text, %,d characters, %,d articles; %d processors, max heap %,d MB",
                options.news() != null ? "one news story per file, " : "", built.files(), built.bytes() / 1e6, chars,
                extract1.articles(), Runtime.getRuntime().availableProcessors(), heap.maxHeapBytes() / (1024 * 1024)));
        // Jena's loader in the table's units: the corpus' characters over the time it takes to load their quads.
        Pass bulkAsChars = new Pass("Jena bulk loader (same quads)", 1, chars, extract1.articles(), bulk.nanos());
        lines.add(String.format(Locale.ROOT, "%-34s %7s %12s %11s %8s %9s", "stage", "threads", "chars/s", "articles/s", "seconds", "÷ HanLP"));
        List<Pass> stages = new ArrayList<>(List.of(hanlp, extract1, extract2, ingest1, ingest2));
        if (ingestT != null) {
            stages.add(ingestT);
        }
        stages.add(bulkAsChars);
        for (Pass p : stages) {
            lines.add(String.format(Locale.ROOT, "%-34s %7d %,12.0f %,11.1f %8.2f %9.3f", p.stage(), p.threads(),
                    p.charsPerS(), p.articlesPerS(), p.seconds(), p.charsPerS() / hanlp.charsPerS()));
        }
        Pass ingestAll = ingestT != null ? ingestT : ingest2;
        double extractOverHanlp = extract1.charsPerS() / hanlp.charsPerS();
        double speedupIngest = ingest2.charsPerS() / ingest1.charsPerS();
        double speedupExtract = extract2.charsPerS() / extract1.charsPerS();
        double slower = Math.min(extract2.charsPerS(), bulkAsChars.charsPerS());
        double storeVsBulk = storeWrite.seconds() / bulk.seconds();
        lines.add(String.format(Locale.ROOT, "ingest (%d workers) ÷ the slower of extraction on 2 threads and Jena's bulk loader: %.3f"
                        + " (target ≥ 0.8); ÷ extraction %.3f, ÷ bulk loader %.3f",
                ingestAll.threads(), ingestAll.charsPerS() / slower, ingestAll.charsPerS() / extract2.charsPerS(),
                ingestAll.charsPerS() / bulkAsChars.charsPerS()));
        lines.add(String.format(Locale.ROOT, "extract/hanlp %.3f on 1 thread (target ≥ 0.5); speed-up with 2 threads over 1:"
                        + " extraction %.3f (target ≥ 1.7), ingest %.3f",
                extractOverHanlp, speedupExtract, speedupIngest));
        lines.add(String.format(Locale.ROOT, "store writing, %,d quads in %,d graphs: Jena phased bulk loader %.2f s (%,.0f quads/s);"
                        + " TdbStore in ingest's batches of %,d quads %.2f s (%,.0f quads/s, ratio %.3f);"
                        + " a graph per commit, as ingest wrote before, %.1f ms a graph (%,d graphs timed; %.0f × the batched cost a graph)",
                storeWrite.chars(), storeWrite.articles(), bulk.seconds(), bulk.chars() / bulk.seconds(),
                CommitBatching.DEFAULT_QUADS, storeWrite.seconds(), storeWrite.chars() / storeWrite.seconds(), storeVsBulk,
                storeWriteEach.seconds() * 1000 / storeWriteEach.articles(), storeWriteEach.articles(),
                (storeWriteEach.seconds() / storeWriteEach.articles()) / (storeWrite.seconds() / storeWrite.articles())));
        lines.add(String.format(Locale.ROOT, "ingest store on disk: %s after the run, %s compacted (%.2f ×; target ≤ 2; sizes as"
                        + " the files' lengths, TDB2 grows them 8 MiB at a time)",
                mib(ingestStoreBytes), mib(compactedBytes), (double) ingestStoreBytes / compactedBytes));
        lines.add(String.format(Locale.ROOT, "peak heap: %.1f MB in use (garbage included), %.1f MB after a collection (target < 1024)",
                peakUsed / 1048576.0, peakAfterGc / 1048576.0));
        Map<String, Double> queryMillis = new LinkedHashMap<>();
        StringBuilder q = new StringBuilder("queries on the ingest store, ms first/second run (rows):");
        queries.forEach((name, t) -> {
            q.append(String.format(Locale.ROOT, " %s %.1f/%.1f (%d);", name, t[0] / 1e6, t[1] / 1e6, t[2]));
            queryMillis.put(name, t[1] / 1e6);
        });
        lines.add(q.toString());
        return new BenchReport(hanlp.charsPerS(), extract1.charsPerS(), ingest1.charsPerS(), speedupIngest,
                peakUsed / 1048576.0, storeVsBulk, lines, queryMillis);
    }

    /** A graph per commit costs so much more that timing a few hundred graphs says enough. */
    private static final int EACH_COMMIT_GRAPHS = 300;

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    /** The size of the store once compacted (it is compacted in place: the queries ran before). */
    private long compactedSize(Path storeDir) {
        progress.accept("compacting the ingest store ...");
        try (TdbStore store = TdbStore.open(storeDir)) {
            return store.compact().bytesAfter();
        }
    }

    private static List<Path> corpusFiles(Path corpus) throws IOException {
        try (Stream<Path> list = Files.list(corpus)) {
            return list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /**
     * Loads the dictionaries and lets the JIT compile the hot paths before anything is timed, by
     * extracting every file once on 2 threads; a file the extractor fails on is moved aside (and
     * reported) so that every stage measures the same files.
     */
    private List<String> warmUp(List<Path> files, Path work) throws IOException {
        progress.accept("warming up (every file extracted once) ...");
        MetadataResolver metadata = new MetadataResolver(null, null);
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> done = new ArrayList<>(files.size());
            for (Path file : files) {
                done.add(pool.submit(() -> {
                    try {
                        Source source = metadata.resolve(file, reader.read(file, SourceMetadata.unknown()));
                        HanlpRecognizer.instance().segment(new LayoutRepair().repair(source.text()).text());
                        graphs.build(extractor.extract(source));
                        return null;
                    } catch (RuntimeException e) {
                        StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
                        for (StackTraceElement frame : e.getStackTrace()) {
                            if (frame.getClassName().startsWith("org.newskg")) {
                                at = frame;
                                break;
                            }
                        }
                        return file.getFileName() + ": " + e + " at " + at;
                    }
                }));
            }
            Path aside = work.resolve("failed");
            for (int i = 0; i < files.size(); i++) {
                String failure = done.get(i).get();
                if (failure != null) {
                    failures.add(failure);
                    Files.createDirectories(aside);
                    Files.move(files.get(i), aside.resolve(files.get(i).getFileName()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Path store = work.resolve("store-warm-up");
        try (TdbStore s = TdbStore.open(store)) {
            new Ingestor(s, extractor).withThreads(1).ingest(files.subList(0, Math.min(files.size(), 3)).stream()
                    .filter(Files::exists).toList(), IngestOptions.none(), IngestListener.SILENT);
        }
        TemporaryFolders.deleteQuietly(store);
        return failures;
    }

    private Pass hanlpPass(List<Path> files) {
        progress.accept("HanLP segmentation alone ...");
        LayoutRepair layout = new LayoutRepair();
        HanlpRecognizer hanlp = HanlpRecognizer.instance();
        long chars = 0;
        long nanos = 0;
        for (Path file : files) {
            Source source = reader.read(file, SourceMetadata.unknown());
            String repaired = layout.repair(source.text()).text();
            chars += source.text().length();
            long t0 = System.nanoTime();
            hanlp.segment(repaired);
            nanos += System.nanoTime() - t0;
        }
        // Articles are known only once extracted; the extraction pass fills them in.
        return new Pass("HanLP segmentation (floor)", 1, chars, 0, nanos);
    }

    /** The extraction on one thread; the graphs also go to an N-Quads file (untimed) for the loader comparison. */
    private Pass extractPass(List<Path> files, Path quads) throws IOException {
        progress.accept("extraction without a store, 1 thread ...");
        MetadataResolver metadata = new MetadataResolver(null, null);
        long chars = 0;
        long articles = 0;
        long nanos = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(quads), 1 << 16)) {
            StreamRDF nq = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            nq.start();
            for (Path file : files) {
                long t0 = System.nanoTime();
                Source source = metadata.resolve(file, reader.read(file, SourceMetadata.unknown()));
                DocumentFacts facts = extractor.extract(source);
                Graph graph = graphs.build(facts);
                nanos += System.nanoTime() - t0;
                chars += source.text().length();
                articles += facts.articles().size();
                Node g = NodeFactory.createURI(Iris.sourceGraph(source.name()));
                graph.find().forEachRemaining(t -> nq.quad(Quad.create(g, t)));
            }
            nq.finish();
        }
        return new Pass("extraction, no store", 1, chars, articles, nanos);
    }

    private Pass parallelExtractPass(List<Path> files, int threads, long chars) {
        progress.accept("extraction without a store, " + threads + " threads ...");
        MetadataResolver metadata = new MetadataResolver(null, null);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>(files.size());
            for (Path file : files) {
                done.add(pool.submit(() -> {
                    Source source = metadata.resolve(file, reader.read(file, SourceMetadata.unknown()));
                    DocumentFacts facts = extractor.extract(source);
                    graphs.build(facts);
                    return facts.articles().size();
                }));
            }
            long articles = 0;
            for (Future<Integer> f : done) {
                articles += f.get();
            }
            return new Pass("extraction, no store", threads, chars, articles, System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Pass ingestPass(Path corpus, Path storeDir, int threads, long chars) {
        progress.accept("ingest into TDB2, " + threads + (threads == 1 ? " worker" : " workers") + " ...");
        try (TdbStore store = TdbStore.open(storeDir)) {
            IngestReport report = new Ingestor(store, extractor).withThreads(threads)
                    .ingest(List.of(corpus), IngestOptions.none(), IngestListener.SILENT);
            if (!report.failed().isEmpty()) {
                throw new IllegalStateException("ingest failed on " + report.failed().get(0).file() + ": " + report.failed().get(0).message());
            }
            return new Pass("ingest into TDB2", threads, chars, report.articles(), report.elapsed().toNanos());
        }
    }

    /**
     * NewsKG's store writing alone: the quads parsed back and written through {@link TdbStore}
     * in batches of about {@code quadsPerCommit} quads, as ingest writes them, stopping after
     * {@code maxGraphs} graphs. (chars = quads, articles = graphs)
     */
    private Pass storeWritePass(Path quads, Path storeDir, long quadsPerCommit, long maxGraphs) {
        progress.accept("store writing alone (TdbStore), " + (quadsPerCommit == 1 ? "a graph" : quadsPerCommit + " quads")
                + " per commit ...");
        try (TdbStore store = TdbStore.open(storeDir)) {
            long t0 = System.nanoTime();
            GraphBatches batches = new GraphBatches(store, quadsPerCommit, maxGraphs);
            try {
                RDFParser.source(quads).lang(Lang.NQUADS).parse(batches);
            } catch (RuntimeException e) {
                if (!(e instanceof GraphBatches.Enough) && !(e.getCause() instanceof GraphBatches.Enough)) {
                    throw e;
                }
                // the graphs to time are written
            }
            batches.flush();
            batches.commit();
            return new Pass("store writing", 1, batches.quads, batches.graphs, System.nanoTime() - t0);
        }
    }

    /** Groups consecutive quads of one graph and writes the groups as ingest would. */
    private static final class GraphBatches extends StreamRDFBase {
        /** Stops the parser once enough graphs are written. */
        static final class Enough extends RuntimeException {
            Enough() {
                super(null, null, false, false);
            }
        }

        private final TdbStore store;
        private final long quadsPerCommit;
        private final long maxGraphs;
        private final Map<String, Graph> waiting = new LinkedHashMap<>();
        private long waitingQuads;
        private Node current;
        private Graph graph;
        long quads;
        long graphs;

        GraphBatches(TdbStore store, long quadsPerCommit, long maxGraphs) {
            this.store = store;
            this.quadsPerCommit = quadsPerCommit;
            this.maxGraphs = maxGraphs;
        }

        @Override
        public void quad(Quad quad) {
            if (!quad.getGraph().equals(current)) {
                flush();
                if (graphs >= maxGraphs) {
                    throw new Enough();
                }
                current = quad.getGraph();
                graph = GraphFactory.createDefaultGraph();
            }
            graph.add(quad.asTriple());
            quads++;
        }

        void flush() {
            if (current != null) {
                waiting.put(current.getURI(), graph);
                waitingQuads += graph.size();
                graphs++;
                current = null;
                if (waitingQuads >= quadsPerCommit) {
                    commit();
                }
            }
        }

        void commit() {
            if (waiting.size() == 1) {
                waiting.forEach(store::replaceGraph);
            } else if (!waiting.isEmpty()) {
                store.replaceGraphs(waiting);
            }
            waiting.clear();
            waitingQuads = 0;
        }
    }

    /** Jena's own bulk loader (the phased loader, tdb2.tdbloader's default) on the same N-Quads. */
    private Pass bulkLoadPass(Path quads, Path storeDir) throws IOException {
        progress.accept("Jena bulk loader ...");
        Files.createDirectories(storeDir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(storeDir.toString());
        try {
            long t0 = System.nanoTime();
            DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                loader.load(quads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return new Pass("Jena bulk loader", 1, loader.countQuads(), 0, System.nanoTime() - t0);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** Each query twice: {first ns, second ns, rows}. */
    private Map<String, long[]> queryTimes(Path storeDir) {
        progress.accept("example queries ...");
        Map<String, long[]> times = new LinkedHashMap<>();
        try (TdbStore store = TdbStore.open(storeDir)) {
            for (Map.Entry<String, String> q : QUERIES.entrySet()) {
                long[] t = new long[3];
                for (int run = 0; run < 2; run++) {
                    long t0 = System.nanoTime();
                    QueryOutcome.Select rows = (QueryOutcome.Select) store.query(q.getValue());
                    t[run] = System.nanoTime() - t0;
                    t[2] = rows.rows().size();
                }
                times.put(q.getKey(), t);
            }
        }
        return times;
    }
}
