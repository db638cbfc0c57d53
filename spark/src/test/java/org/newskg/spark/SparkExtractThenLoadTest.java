package org.newskg.spark;

import org.newskg.extractor.evaluation.NewsStoryFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.riot.RDFFormat;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.ingest.IngestOptions;
import org.newskg.extractor.ingest.Ingestor;
import org.newskg.extractor.load.ExtractedSource;
import org.newskg.extractor.load.LoadReport;
import org.newskg.extractor.load.NQuadsLoader;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.StoreStatistics;
import org.newskg.extractor.store.TdbStore;

/**
 * The same graph whichever way: ingest, and the Spark job in {@code local[2]} followed by
 * {@code load}, give the same sorted N-Quads, on the sample pages and on 2,000 news stories
 * (skipped when ../shared/news is absent); loading twice changes nothing; a bad source fails alone.
 */
class SparkExtractThenLoadTest {

    static final Path SAMPLE = Path.of("../data/corpus");
    static final int NEWS_STORIES = 2000;

    static JavaSparkContext sc;
    static Extractor extractor;

    @TempDir
    static Path work;

    @BeforeAll
    static void startSpark() {
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("newskg-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
        sc = new JavaSparkContext(conf);
        extractor = Extractor.standard();
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) {
            sc.close();
        }
    }

    @Test
    void theSamplePagesGiveTheSameQuadsAsIngest() {
        Comparison c = compare(SAMPLE, work.resolve("sample"));
        assertEquals(4, c.summary.sources(), "the four pages, not their manifest.csv");
        assertEquals(4, c.summary.extracted(), () -> "failed: " + c.summary.failed());
        assertEquals(c.ingested, c.loaded);
        assertTrue(c.loaded.size() > 5000, "quads: " + c.loaded.size());
    }

    @Test
    void twoThousandNewsStoriesGiveTheSameQuadsAsIngest() throws IOException {
        Optional<Path> news = NewsStoryFiles.news(Path.of(".."));
        assumeTrue(news.isPresent(), "no ../shared/news/xinwenlianbo beside the project: the news comparison is skipped");
        Path stories = work.resolve("news-stories");
        int written = NewsStoryFiles.write(news.get(), stories, NEWS_STORIES);
        Comparison c = compare(stories, work.resolve("news"));
        assertEquals(written, c.summary.sources());
        assertEquals(c.ingested.size(), c.loaded.size());
        assertEquals(c.ingested, c.loaded);
    }

    @Test
    void recordsOfJsonLinesCsvAndGzipGiveTheSameQuadsAsIngest() throws IOException {
        Path corpus = work.resolve("records");
        Files.createDirectories(corpus);
        String[] stories = {
            "本报讯 记者王小明报道：3月5日，安平县召开全县春耕生产动员会，县长李建国出席会议并讲话。",
            "本报讯 4月2日，青川市教育局局长赵文华到河口镇中心小学调研校园安全工作。",
            "本报讯 清河区区委书记陈志远5月8日主持召开区委常委会会议，研究部署防汛工作。",
        };
        String jsonl = "{\"id\": \"r1\", \"title\": \"春耕动员\", \"date\": \"2023-03-06\", \"paper\": \"安平日报\", \"text\": \"" + stories[0] + "\"}\n"
                + "{\"text\": 12\n"
                + "{\"id\": \"r3\", \"text\": \"" + stories[1] + "\"}\n";
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(corpus.resolve("news.jsonl.gz")))) {
            gz.write(jsonl.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(corpus.resolve("rows.csv"), "id,date,text\nc1,2023-05-09,\"" + stories[2] + "\"\n", StandardCharsets.UTF_8);
        Comparison c = compare(corpus, work.resolve("records-run"));
        assertEquals(4, c.summary.sources(), () -> "failed: " + c.summary.failed());
        assertEquals(1, c.summary.failed().size());
        assertTrue(c.summary.failed().get(0).location().endsWith("news.jsonl.gz line 2"), () -> c.summary.failed().toString());
        assertEquals(c.ingested, c.loaded);
        assertTrue(c.loaded.stream().anyMatch(q -> q.contains("李建国")), "a person of the first record");
    }

    @Test
    void loadingTwiceChangesNothing() {
        Path out = work.resolve("twice-out");
        ExtractionJob.run(sc, settings(SAMPLE, out));
        try (Store store = TdbStore.open(work.resolve("twice-store"))) {
            LoadReport first = new NQuadsLoader(store).load(out);
            TreeSet<String> before = sortedQuads(store);
            StoreStatistics statsBefore = StoreStatistics.of(store);
            LoadReport second = new NQuadsLoader(store).load(out);
            assertEquals(4, first.loaded());
            assertEquals(0, second.loaded());
            assertEquals(4, second.unchanged());
            assertEquals(before, sortedQuads(store));
            assertEquals(statsBefore, StoreStatistics.of(store));
        }
    }

    @Test
    void aBadSourceFailsAloneWithItsReason() throws IOException {
        Path corpus = work.resolve("bad-corpus");
        Files.createDirectories(corpus);
        Files.copy(SAMPLE.resolve("000_589c182ea8fb9a5a.txt"), corpus.resolve("good.txt"));
        Files.writeString(corpus.resolve("empty.txt"), "");
        Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 9, 0});
        Path out = work.resolve("bad-out");
        ExtractionJob.Summary summary = ExtractionJob.run(sc, new ExtractionJob.Settings(List.of(corpus.toString()),
                out.toString(), 3, null, null));
        assertEquals(3, summary.sources());
        assertEquals(1, summary.extracted());
        List<String> reasons = summary.failed().stream().map(ExtractedSource::reason).sorted().toList();
        assertEquals(2, reasons.size());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("empty")), () -> "reasons: " + reasons);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("binary")), () -> "reasons: " + reasons);
        assertTrue(reasons.stream().noneMatch(r -> r.contains("\n")), () -> "reasons: " + reasons);
        assertTrue(Files.exists(out.resolve("_SUCCESS")), "committed output");
    }

    private record Comparison(ExtractionJob.Summary summary, TreeSet<String> ingested, TreeSet<String> loaded) {
    }

    private static Comparison compare(Path corpus, Path dir) {
        Path out = dir.resolve("spark-out");
        ExtractionJob.Summary summary = ExtractionJob.run(sc, settings(corpus, out));
        TreeSet<String> loaded;
        try (Store store = TdbStore.open(dir.resolve("loaded"))) {
            new NQuadsLoader(store).load(out);
            loaded = sortedQuads(store);
        }
        TreeSet<String> ingested;
        try (Store store = TdbStore.open(dir.resolve("ingested"))) {
            new Ingestor(store, extractor).withThreads(2).ingest(List.of(corpus), IngestOptions.none(), IngestListener.SILENT);
            ingested = sortedQuads(store);
        }
        return new Comparison(summary, ingested, loaded);
    }

    private static ExtractionJob.Settings settings(Path corpus, Path out) {
        return new ExtractionJob.Settings(List.of(corpus.toAbsolutePath().toString()), out.toAbsolutePath().toString(), 0, null, null);
    }

    private static TreeSet<String> sortedQuads(Store store) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.export(RDFFormat.NQUADS, null, bytes);
        return new TreeSet<>(Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\n")));
    }
}
