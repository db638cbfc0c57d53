package org.newskg.extractor.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one word list from the data module's lexicon folder on the classpath. */
final class PersonWordList {

    private static final String FOLDER = "/org/newskg/data/lexicon/";

    private PersonWordList() {
    }

    /** The non-blank, non-comment lines of {@code name}; a missing list is a packaging error. */
    static List<String> lines(String name) {
        InputStream in = PersonWordList.class.getResourceAsStream(FOLDER + name);
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
        return lines;
    }
}
