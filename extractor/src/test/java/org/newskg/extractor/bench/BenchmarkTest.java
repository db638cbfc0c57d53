package org.newskg.extractor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.Extractor;

/** The benchmark at a tiny size: every figure is there and positive. Speeds are not asserted: machines differ. */
class BenchmarkTest {

    static final List<String> FIGURES = List.of("hanlp_chars_per_s", "extract_chars_per_s", "ingest_chars_per_s",
            "speedup_2_threads", "peak_heap_mb", "store_vs_bulk_loader");

    @Test
    void aTinyRunPrintsEveryFigureAsJsonLast(@TempDir Path work) throws Exception {
        List<String> progress = new ArrayList<>();
        BenchReport report = new Benchmark(Extractor.standard(), progress::add)
                .run(new BenchOptions(Path.of("../data/corpus"), 0.2, 0, 2, work.resolve("bench"), false));

        List<String> output = report.output();
        JsonNode json = new ObjectMapper().readTree(output.get(output.size() - 1));
        assertEquals(FIGURES.size(), json.size(), json::toString);
        for (String figure : FIGURES) {
            assertTrue(json.path(figure).isNumber(), () -> figure + " missing in " + json);
            assertTrue(json.path(figure).asDouble() > 0, () -> figure + " not positive in " + json);
        }
        assertEquals(3, report.queryMillis().size());
        assertTrue(output.stream().anyMatch(l -> l.startsWith("HanLP segmentation")), () -> String.join("\n", output));
        assertFalse(progress.isEmpty());
        assertFalse(Files.exists(work.resolve("bench")), "the corpus and stores are removed afterwards");
    }

    @Test
    void smallArticlesComeTwentyToAFile(@TempDir Path work) throws Exception {
        BenchCorpus.Built built = BenchCorpus.from(Path.of("../data/corpus"), 1).articles(work, 45, BenchOptions.ARTICLES_PER_FILE);
        assertEquals(3, built.files());
        String first = Files.readString(work.resolve("a000000.txt"));
        assertEquals(20, java.util.regex.Pattern.compile("(?m)^本报\\d+月\\d+日讯（记者 ").matcher(first).results().count(), first);
        assertTrue(Files.readString(work.resolve("manifest.csv")).startsWith("file,paper,date\na000000.txt,"));
    }

    @Test
    void realNewsComesOneStoryToAFileWithItsDay(@TempDir Path work) throws Exception {
        Path news = org.newskg.extractor.evaluation.HeldOutCorpus.locateNews(Path.of("..")).orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(news != null && Files.isDirectory(news.resolve("xinwenlianbo")),
                "../shared/news is not beside the project");
        BenchCorpus.Built built = BenchCorpus.news(news, work, 20_000);
        assertTrue(built.files() >= 10 && built.files() <= 200, () -> built.files() + " files");
        List<String> manifest = Files.readAllLines(work.resolve("manifest.csv"));
        assertEquals(built.files() + 1, manifest.size());
        assertTrue(manifest.get(1).matches("\\d{8}_\\d{3}\\.txt,新闻联播,\\d{4}-\\d{2}-\\d{2}"), manifest.get(1));
        long chars = 0;
        try (var files = Files.list(work)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                chars += Files.readString(f).length();
            }
        }
        assertTrue(chars >= 20_000 && chars < 40_000, () -> "characters: ");
    }
}
