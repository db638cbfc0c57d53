package org.newskg.extractor.mention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The four sample pages with their gold dates and organizations, for scoring the finders. */
final class DateAndOrganizationGold {

    private static final Path DATA = Path.of("..", "data");

    record SamplePage(String file, String text, TextContext context, JsonNode gold) {

        Set<String> goldDates() {
            Set<String> values = new HashSet<>();
            gold.get("dates").forEach(d -> values.add(d.get("value").asText()));
            return values;
        }

        Set<String> goldOrganizations() {
            Set<String> names = new HashSet<>();
            gold.get("organizations").forEach(o -> names.add(o.get("name").asText()));
            return names;
        }

        /** Names the gold neither rewards nor penalises. */
        String doubtful() {
            StringBuilder all = new StringBuilder();
            gold.path("doubtful").forEach(d -> all.append(d.path("item").asText()).append('\n'));
            return all.toString();
        }
    }

    record Score(int truePositives, int found, int expected) {

        double precision() {
            return found == 0 ? 0 : (double) truePositives / found;
        }

        double recall() {
            return expected == 0 ? 0 : (double) truePositives / expected;
        }

        Score plus(Score other) {
            return new Score(truePositives + other.truePositives, found + other.found, expected + other.expected);
        }

        @Override
        public String toString() {
            return String.format("P=%.2f R=%.2f (tp=%d found=%d gold=%d)", precision(), recall(),
                    truePositives, found, expected);
        }
    }

    private DateAndOrganizationGold() {
    }

    static List<SamplePage> pages() {
        try {
            ObjectMapper json = new ObjectMapper();
            List<SamplePage> pages = new ArrayList<>();
            List<String> manifest = Files.readAllLines(DATA.resolve("corpus/manifest.csv"), StandardCharsets.UTF_8);
            for (String line : manifest.subList(1, manifest.size())) {
                String[] fields = line.split(",");
                String text = repairLayout(Files.readString(DATA.resolve("corpus").resolve(fields[0])));
                JsonNode gold = json.readTree(DATA.resolve("gold").resolve(fields[0].replace(".txt", ".json")).toFile());
                pages.add(new SamplePage(fields[0], text,
                        new TextContext(fields[1], LocalDate.parse(fields[2].trim()), null), gold));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gold is written without the PDF's layout spaces and line breaks; so is the text we score. */
    static String repairLayout(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    /** Entity-level score: distinct values, ignoring found values the gold calls doubtful. */
    static Score score(Set<String> found, Set<String> gold, String doubtful) {
        int truePositives = 0;
        int counted = 0;
        for (String value : found) {
            if (gold.contains(value)) {
                truePositives++;
                counted++;
            } else if (!doubtful.contains(value)) {
                counted++;
            }
        }
        return new Score(truePositives, counted, gold.size());
    }
}
