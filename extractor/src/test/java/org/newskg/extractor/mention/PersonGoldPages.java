package org.newskg.extractor.mention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The four sample pages with their gold persons and posts, for scoring the finders. */
final class PersonGoldPages {

    /** One sample page: repaired text, context, gold names (alias to name) and gold (name, title) pairs. */
    record Page(String file, String text, TextContext context, Map<String, String> nameByForm,
                Set<String> names, Set<String> doubtful, Set<String> posts) {
    }

    /** Counts for precision, recall and F1 over several pages. */
    static final class Score {
        int truePositives;
        int predicted;
        int gold;

        void add(Set<String> predictedSet, Set<String> goldSet) {
            predicted += predictedSet.size();
            gold += goldSet.size();
            truePositives += (int) predictedSet.stream().filter(goldSet::contains).count();
        }

        double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d predicted=%d gold=%d)",
                    precision(), recall(), f1(), truePositives, predicted, gold);
        }
    }

    private static final Path DATA = locateData();
    private static final String CJK = "[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}·“”‘’■□●]";

    private PersonGoldPages() {
    }

    /** Removes the layout whitespace PDF extraction puts between CJK characters. */
    static String repair(String raw) {
        return raw.replaceAll("(?<=" + CJK + ")\\s+(?=" + CJK + ")", "");
    }

    static List<Page> load() {
        try {
            Map<String, String[]> manifest = new HashMap<>();
            for (String line : Files.readAllLines(DATA.resolve("corpus/manifest.csv"))) {
                String[] fields = line.split(",");
                if (fields.length == 3 && fields[0].endsWith(".txt")) {
                    manifest.put(fields[0], fields);
                }
            }
            ObjectMapper json = new ObjectMapper();
            List<Page> pages = new ArrayList<>();
            for (String file : manifest.keySet().stream().sorted().toList()) {
                String text = repair(Files.readString(DATA.resolve("corpus").resolve(file)));
                String[] meta = manifest.get(file);
                TextContext context = new TextContext(meta[1], LocalDate.parse(meta[2]), null);
                JsonNode gold = json.readTree(DATA.resolve("gold").resolve(file.replace(".txt", ".json")).toFile());
                Map<String, String> nameByForm = new HashMap<>();
                Set<String> names = new HashSet<>();
                Set<String> posts = new HashSet<>();
                for (JsonNode person : gold.path("persons")) {
                    String name = person.path("name").asText();
                    names.add(name);
                    nameByForm.put(name, name);
                    person.path("aliases").forEach(alias -> nameByForm.put(alias.asText(), name));
                    person.path("positions").forEach(position -> posts.add(name + "|" + position.path("text").asText()));
                }
                Set<String> doubtful = new HashSet<>();
                gold.path("doubtful").forEach(item -> doubtful.add(item.path("item").asText()));
                pages.add(new Page(file, text, context, nameByForm, names, doubtful, posts));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Predicted names mapped onto gold names where they are aliases; doubtful names dropped. */
    static Set<String> normalise(Page page, Iterable<String> predictedNames) {
        Set<String> result = new HashSet<>();
        for (String name : predictedNames) {
            if (!page.doubtful().contains(name)) {
                result.add(page.nameByForm().getOrDefault(name, name));
            }
        }
        return result;
    }

    private static Path locateData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("data/gold"))) {
                return dir.resolve("data");
            }
        }
        throw new IllegalStateException("data/gold not found above " + Path.of("").toAbsolutePath());
    }
}
