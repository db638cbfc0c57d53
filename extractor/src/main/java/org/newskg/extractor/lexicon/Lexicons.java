package org.newskg.extractor.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists the rules read (the data module's {@code lexicon/} folder): read once each, on
 * first use, and shared. The extractor's builder takes one, so a test can give the rules other
 * words than the bundled ones ({@link #overriding}). Lists are lines; {@code #} starts a comment
 * line; tables are tab-separated. Thread-safe.
 */
public final class Lexicons {

    private static final String FOLDER = "/org/newskg/data/lexicon/";
    private static final Lexicons BUNDLED = new Lexicons(Map.of(), null);

    private final Map<String, List<String>> given;
    private final Lexicons fallback;
    private final Map<String, List<String>> read = new ConcurrentHashMap<>();

    private Lexicons(Map<String, List<String>> given, Lexicons fallback) {
        this.given = Map.copyOf(given);
        this.fallback = fallback;
    }

    /** The lists bundled with the data module. */
    public static Lexicons bundled() {
        return BUNDLED;
    }

    /** These lists, named as their files are ({@code site-suffixes.txt}), in place of the bundled ones. */
    public static Lexicons overriding(Map<String, List<String>> lists) {
        return new Lexicons(lists, BUNDLED);
    }

    /** The non-blank, non-comment lines of list {@code name}, stripped, in file order; a missing list is a packaging error. */
    public List<String> lines(String name) {
        List<String> lines = given.get(name);
        if (lines != null) {
            return lines;
        }
        if (fallback != null) {
            return fallback.lines(name);
        }
        return read.computeIfAbsent(name, Lexicons::readBundled);
    }

    /** The words of list {@code name}, in file order. */
    public Set<String> words(String name) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(lines(name)));
    }

    /** The rows of table {@code name}, each with {@code columns} fields at least. */
    public List<String[]> rows(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(name)) {
            String[] fields = line.split("\t");
            if (fields.length < columns) {
                throw new IllegalStateException(name + ": expected " + columns + " columns in: " + line);
            }
            rows.add(fields);
        }
        return rows;
    }

    /** Table {@code name} as first column → the other columns, in file order. */
    public Map<String, List<String>> multiMap(String name) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String[] row : rows(name, 2)) {
            map.put(row[0], List.of(row).subList(1, row.length));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * The title heads (书记, 副主任, 记者 …) of {@code title-heads.txt}, each with the kind of person
     * it implies ({@code other} when the list says none): the one reading of that list.
     */
    public Map<String, String> titleHeads() {
        Map<String, String> roles = new HashMap<>();
        for (String line : lines("title-heads.txt")) {
            String[] fields = line.split("\t");
            roles.put(fields[0], fields.length > 1 ? fields[1] : "other");
        }
        return Map.copyOf(roles);
    }

    private static List<String> readBundled(String name) {
        InputStream in = Lexicons.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("word list missing from the classpath: " + FOLDER + name);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }
}
