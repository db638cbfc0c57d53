package org.newskg.spark;

import org.newskg.extractor.evaluation.NewsStoryFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.TemporaryFolders;
import org.newskg.extractor.entity.Iris;
import org.newskg.extractor.fact.DocumentFacts;
import org.newskg.extractor.load.LoadReport;
import org.newskg.extractor.load.NQuadsLoader;
import org.newskg.extractor.rdf.DocumentGraphBuilder;
import org.newskg.extractor.source.MetadataResolver;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.source.SourceReader;
import org.newskg.extractor.store.RemoteStore;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.TdbStore;

/**
 * Spark's overhead and the loaders' speed, measured in one run on the same stories:
 * {@code java --add-opens… -cp newskg-spark.jar:SPARK_JARS org.newskg.spark.SparkBench [--stories N]
 * [--corpus DIR] [--virtuoso URL]}. Prints, per stage, articles/s (extraction: single JVM with
 * two threads, then Spark {@code local[2]}) and quads/s (load into TDB2, Jena's bulk loader on
 * the same quads, load into a Virtuoso when its URL is given), and the ratios the issue targets.
 */
public final class SparkBench {

    private SparkBench() {
    }

    public static void main(String[] args) throws Exception {
        int stories = 5000;
        Path corpus = null;
        String virtuoso = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--stories" -> stories = Integer.parseInt(args[++i]);
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--virtuoso" -> virtuoso = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("newskg-spark-bench");
        try {
            if (corpus == null) {
                Path days = NewsStoryFiles.news(Path.of(".")).orElseThrow(() ->
                        new IllegalStateException("no ../shared/news/xinwenlianbo: give --corpus DIR"));
                corpus = work.resolve("stories");
                stories = NewsStoryFiles.write(days, corpus, stories);
            }
            run(corpus, work, virtuoso);
        } finally {
            TemporaryFolders.deleteQuietly(work);
        }
    }

    private static void run(Path corpus, Path work, String virtuoso) throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Extractor extractor = ExecutorExtractor.get();
        // Warm-up: dictionaries loaded and the extraction code compiled before anything is timed.
        singleJvm(files.subList(0, Math.min(200, files.size())), extractor, 2);

        long t0 = System.nanoTime();
        long articles = singleJvm(files, extractor, 2);
        double single = articles / seconds(t0);
        System.out.printf(Locale.ROOT, "%-44s %8d articles %10.1f articles/s%n", "single JVM, 2 threads (extract+N-Quads)", articles, single);

        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("newskg-bench")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
        Path out = work.resolve("spark-out");
        double spark;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            long t1 = System.nanoTime();
            ExtractionJob.Summary summary = ExtractionJob.run(sc, new ExtractionJob.Settings(
                    List.of(corpus.toAbsolutePath().toString()), out.toAbsolutePath().toString(), 8, null, null));
            spark = summary.articles() / seconds(t1);
            System.out.printf(Locale.ROOT, "%-44s %8d articles %10.1f articles/s  (%d quads, %d failed)%n",
                    "Spark local[2], 8 partitions", summary.articles(), spark, summary.quads(), summary.failed().size());
        }
        System.out.printf(Locale.ROOT, "%-44s %.3f (target >= 0.8)%n", "Spark / single JVM", spark / single);

        long t2 = System.nanoTime();
        long bulkQuads = jenaBulkLoad(out, work.resolve("bulk"));
        double bulk = bulkQuads / seconds(t2);
        System.out.printf(Locale.ROOT, "%-44s %8d quads    %10.1f quads/s%n", "Jena bulk loader (one transaction)", bulkQuads, bulk);

        try (Store store = TdbStore.open(work.resolve("loaded"))) {
            LoadReport r = new NQuadsLoader(store).load(out);
            System.out.printf(Locale.ROOT, "%-44s %8d quads    %10.1f quads/s  %.3f of the bulk loader%n",
                    "newskg load into TDB2", r.quads(), r.quadsPerSecond(), r.quadsPerSecond() / bulk);
        }
        if (virtuoso != null) {
            try (Store store = RemoteStore.open(virtuoso)) {
                LoadReport r = new NQuadsLoader(store).load(out);
                System.out.printf(Locale.ROOT, "%-44s %8d quads    %10.1f quads/s  %.3f of the bulk loader%n",
                        "newskg load into Virtuoso", r.quads(), r.quadsPerSecond(), r.quadsPerSecond() / bulk);
            }
        }
    }

    /** Extraction, graph building and gzip N-Quads, as the Spark task does, on a pool of {@code threads}. */
    private static long singleJvm(List<Path> files, Extractor extractor, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            MetadataResolver metadata = new MetadataResolver(null, null);
            List<Future<Integer>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> {
                    Source source = metadata.resolve(file, new SourceReader().read(file, SourceMetadata.unknown()));
                    DocumentFacts facts = extractor.extract(source);
                    Graph graph = new DocumentGraphBuilder().build(facts);
                    try (OutputStream gz = new GZIPOutputStream(OutputStream.nullOutputStream())) {
                        gz.write(SourceExtraction.nquads(Iris.sourceGraph(source.name()), graph)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    return facts.articles().size();
                }));
            }
            long articles = 0;
            for (Future<Integer> f : done) {
                articles += f.get();
            }
            return articles;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long jenaBulkLoad(Path out, Path storeDir) throws IOException {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(storeDir.toString());
        DataLoader loader = LoaderFactory.createLoader(dsg, (format, args) -> { });
        loader.startBulk();
        try (Stream<Path> parts = Files.list(out.resolve("nquads"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(part), 1 << 16)) {
                    loader.loadFromInputStream(part.toString(), in, Lang.NQUADS);
                }
            }
            loader.finishBulk();
        }
        long quads = loader.countQuads();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        return quads;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
