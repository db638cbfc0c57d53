package org.newskg.extractor.article;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.layout.LayoutRepair;
import org.newskg.extractor.layout.Page;
import org.newskg.extractor.source.Manifest;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.source.SourceMetadata.Basis;

/**
 * Measures layout repair and article splitting against the human annotation of the sample pages
 * (data/gold). Headlines are compared without spaces, since the gold keeps a space between decks
 * that letter-spaced PDF text no longer shows.
 */
class ArticleSplitterGoldTest {

    private static final Path CORPUS = Path.of("../data/corpus");
    private static final Path GOLD = Path.of("../data/gold");

    private int goldHeadlines;
    private int exactHeadlines;
    private int foundHeadlines;
    private int goldDatelines;
    private int foundDatelines;
    private int predictedDatelines;
    private int goldAuthors;
    private int foundAuthors;
    private int predictedAuthors;
    private int goldArticles;
    private int predictedArticles;
    private int goldKinds;
    private int foundKinds;

    @Test
    void findsMostGoldHeadlinesDatelinesAndAuthors() throws IOException {
        Manifest manifest = Manifest.inDirectory(CORPUS).orElseThrow();
        ObjectMapper json = new ObjectMapper();
        List<Path> golds;
        try (Stream<Path> files = Files.list(GOLD)) {
            golds = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path goldFile : golds) {
            JsonNode gold = json.readTree(goldFile.toFile());
            String doc = gold.get("doc").asText();
            Manifest.Entry entry = manifest.entryFor(doc).orElseThrow();
            SourceMetadata metadata = new SourceMetadata(entry.paper(), entry.date(), Basis.MANIFEST, Basis.MANIFEST);
            Page page = new LayoutRepair().repair(Files.readString(CORPUS.resolve(doc)));
            List<Article> articles = new ArticleSplitter().split(page, metadata);
            compare(doc, gold.get("articles"), articles);
        }
        System.out.printf("articles: gold %d, found %d%n", goldArticles, predictedArticles);
        System.out.printf("headlines: %d/%d found (%.0f%%), %d exact%n", foundHeadlines, goldHeadlines,
                100.0 * foundHeadlines / goldHeadlines, exactHeadlines);
        System.out.printf("datelines: %d/%d found (%.0f%%), %d predicted%n", foundDatelines, goldDatelines,
                100.0 * foundDatelines / goldDatelines, predictedDatelines);
        System.out.printf("authors: %d/%d found (%.0f%%), %d predicted%n", foundAuthors, goldAuthors,
                100.0 * foundAuthors / goldAuthors, predictedAuthors);
        System.out.printf("kinds: %d/%d articles matched by headline have the gold kind%n", foundKinds, goldKinds);

        // thresholds a little below what the rules reach on these pages (35 headlines, 23 datelines, 33 authors)
        assertTrue(foundDatelines >= 0.95 * goldDatelines, "datelines");
        assertTrue(predictedDatelines <= goldDatelines, "no invented datelines");
        assertTrue(foundAuthors >= 0.9 * goldAuthors, "authors");
        assertTrue(predictedAuthors <= goldAuthors + 2, "few authors that are not in the gold");
        assertTrue(foundHeadlines >= 0.85 * goldHeadlines, "headlines");
        assertTrue(exactHeadlines >= 0.7 * goldHeadlines, "exact headlines");
        assertTrue(Math.abs(predictedArticles - goldArticles) <= 0.15 * goldArticles, "article count");
    }

    private void compare(String doc, JsonNode goldArticles, List<Article> articles) {
        this.goldArticles += goldArticles.size();
        predictedArticles += articles.size();
        Map<String, Integer> datelines = new HashMap<>();
        Map<String, Integer> authors = new HashMap<>();
        for (Article a : articles) {
            if (a.dateline() != null) {
                datelines.merge(a.dateline(), 1, Integer::sum);
                predictedDatelines++;
            }
            for (String author : a.authors()) {
                authors.merge(author, 1, Integer::sum);
                predictedAuthors++;
            }
        }
        List<String> missed = new ArrayList<>();
        for (JsonNode g : goldArticles) {
            if (g.hasNonNull("dateline")) {
                goldDatelines++;
                if (take(datelines, g.get("dateline").asText())) {
                    foundDatelines++;
                } else {
                    missed.add("dateline " + g.get("dateline").asText());
                }
            }
            for (JsonNode author : g.get("authors")) {
                goldAuthors++;
                if (take(authors, author.asText())) {
                    foundAuthors++;
                } else {
                    missed.add("author " + author.asText());
                }
            }
            if (g.hasNonNull("headline")) {
                goldHeadlines++;
                String headline = squeeze(g.get("headline").asText());
                String kicker = g.hasNonNull("kicker") ? squeeze(g.get("kicker").asText()) : "";
                Article match = articles.stream().filter(a -> a.headline() != null)
                        .filter(a -> squeeze(a.headline()).equals(headline)
                                || squeeze(nullToEmpty(a.kicker()) + a.headline()).equals(kicker + headline)
                                || covers(squeeze(nullToEmpty(a.kicker()) + a.headline()), headline))
                        .findFirst().orElse(null);
                if (match != null) {
                    foundHeadlines++;
                    exactHeadlines += squeeze(match.headline()).equals(headline) ? 1 : 0;
                    goldKinds++;
                    foundKinds += match.kind().name().equalsIgnoreCase(g.get("kind").asText()) ? 1 : 0;
                } else {
                    missed.add("headline " + headline);
                }
            }
        }
        System.out.println(doc + ": " + articles.size() + " articles");
        for (Article a : articles) {
            System.out.printf("  [%d] %s | kicker=%s | %s | %s | %s | %s | %d-%d%n", a.index(), a.headline(), a.kicker(),
                    a.dateline(), a.authors(), a.kind(), a.date(), a.start(), a.end());
        }
        missed.forEach(m -> System.out.println("  MISSED " + m));
    }

    /** The prediction holds the gold headline with little else (a kicker or column line at most). */
    private static boolean covers(String predicted, String gold) {
        return predicted.contains(gold) && gold.length() >= 0.6 * predicted.length();
    }

    private static boolean take(Map<String, Integer> counts, String key) {
        Integer n = counts.get(key);
        if (n == null || n == 0) {
            return false;
        }
        counts.put(key, n - 1);
        return true;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
