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
}
