package org.newskg.extractor.mention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the finder against the careful readers' regions on the four sample pages, at entity level
 * (sets of canonical names per page), as the gold guidelines score.
 */
class RegionFinderSampleTest {

    /**
     * Names in the gold's "doubtful" list that concern regions (包头市 inside 包头市政府): the
     * guidelines neither reward nor penalise them.
     */
    private static Set<String> doubtfulRegions(JsonNode doc) {
        Set<String> names = new TreeSet<>();
        JsonNode doubtful = doc.get("doubtful");
        if (doubtful == null) {
            return names;
        }
        for (JsonNode item : doubtful) {
            String category = item.has("category") ? item.get("category").asText() : item.get("item").asText();
            if (!category.contains("region")) {
                continue;
            }
            for (String token : item.get("item").asText().split("[\\s/,，、()（）]+")) {
                if (token.length() >= 2 && token.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    names.add(token);
                }
            }
        }
        return names;
    }

    private static final Path DATA = Path.of("..", "data");

    @Test
    void findsTheGoldRegionsOfTheSamplePages() throws IOException {
        RegionFinder finder = new RegionFinder();
        ObjectMapper json = new ObjectMapper();
        int truePositives = 0;
        int found = 0;
        int gold = 0;
        int foundNotDoubtful = 0;
        List<String> neutral = new ArrayList<>();
        List<String> manifest = Files.readAllLines(DATA.resolve("corpus/manifest.csv"), StandardCharsets.UTF_8);
        for (String line : manifest.subList(1, manifest.size())) {
            String[] f = line.split(",");
            String text = Files.readString(DATA.resolve("corpus").resolve(f[0]), StandardCharsets.UTF_8)
                    .replaceAll("\\s+", "");
            TextContext context = new TextContext(f[1], LocalDate.parse(f[2]), null);
            Set<String> predicted = new TreeSet<>();
            Set<String> readings = new TreeSet<>();
            for (Mention m : finder.find(text, context)) {
                predicted.add(m.canonical());
                readings.add(m.text() + "→" + m.canonical());
            }
            Set<String> expected = new TreeSet<>();
            JsonNode doc = json.readTree(DATA.resolve("gold").resolve(f[0].replace(".txt", ".json")).toFile());
            doc.get("regions").forEach(r -> expected.add(r.get("name").asText()));
            Set<String> hit = new TreeSet<>(predicted);
            hit.retainAll(expected);
            Set<String> missed = new TreeSet<>(expected);
            missed.removeAll(predicted);
            Set<String> extra = new TreeSet<>(predicted);
            extra.removeAll(expected);
            Set<String> doubtful = doubtfulRegions(doc);
            List<String> neutralHere = extra.stream().filter(name -> doubtful.stream().anyMatch(name::startsWith)).toList();
            neutral.addAll(neutralHere);
            System.out.printf("%s readings: %s%n", f[0], readings);
            System.out.printf("%s: %d/%d found, missed %s, extra %s%n", f[0], hit.size(), expected.size(), missed, extra);
            truePositives += hit.size();
            found += predicted.size();
            foundNotDoubtful += predicted.size() - neutralHere.size();
            gold += expected.size();
        }
        double precision = (double) truePositives / found;
        double recall = (double) truePositives / gold;
        System.out.printf("regions on the sample: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                precision, truePositives, found, recall, truePositives, gold);
        double precisionNotDoubtful = (double) truePositives / foundNotDoubtful;
        System.out.printf("regions on the sample, the gold's doubtful regions %s neither rewarded nor penalised: "
                + "precision %.3f (%d/%d)%n", neutral, precisionNotDoubtful, truePositives, foundNotDoubtful);
        assertTrue(precisionNotDoubtful >= 0.85, "precision without doubtful " + precisionNotDoubtful);
        assertTrue(precision >= 0.80, "precision " + precision);
        assertTrue(recall >= 0.95, "recall " + recall);
    }
}
