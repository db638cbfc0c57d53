package org.newskg.extractor.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The role a post title names: its head word (书记 in 内蒙古自治区党委书记, 副主任 in …常委会副主任),
 * from the title-head list of the data module. Longest head wins, so 党组书记 stays whole.
 */
final class PostRoles {

    private static final String LIST = "/org/newskg/data/lexicon/title-heads.txt";
    private static final PostRoles STANDARD = new PostRoles(load());

    private final Set<String> heads;
    private final int longest;

    PostRoles(Set<String> heads) {
        this.heads = Set.copyOf(heads);
        this.longest = heads.stream().mapToInt(String::length).max().orElse(0);
    }

    static PostRoles standard() {
        return STANDARD;
    }

    /** The head word the title ends in, or null when it ends in none the list knows. */
    String roleOf(String title) {
        for (int length = Math.min(longest, title.length()); length >= 1; length--) {
            String tail = title.substring(title.length() - length);
            if (heads.contains(tail)) {
                return tail;
            }
        }
        return null;
    }

    private static Set<String> load() {
        InputStream in = PostRoles.class.getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("word list missing from the classpath: " + LIST);
        }
        Set<String> heads = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    heads.add(trimmed.split("\t")[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return heads;
    }
}
