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
    private static final String BYLINE_ROLE = "reporter";
    private static final PostRoles STANDARD = load();

    private final Set<String> heads;
    private final Set<String> bylineHeads;
    private final int longest;

    PostRoles(Set<String> heads) {
        this(heads, Set.of());
    }

    private PostRoles(Set<String> heads, Set<String> bylineHeads) {
        this.heads = Set.copyOf(heads);
        this.bylineHeads = Set.copyOf(bylineHeads);
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

    /** Whether the title is a byline's (记者, 新华社记者, 通讯员, 实习生). */
    boolean isByline(String title) {
        String head = roleOf(title);
        return head != null && bylineHeads.contains(head);
    }

    private static PostRoles load() {
        InputStream in = PostRoles.class.getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("word list missing from the classpath: " + LIST);
        }
        Set<String> heads = new HashSet<>();
        Set<String> bylineHeads = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String[] fields = trimmed.split("\t");
                    heads.add(fields[0]);
                    if (fields.length > 1 && BYLINE_ROLE.equals(fields[1])) {
                        bylineHeads.add(fields[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PostRoles(heads, bylineHeads);
    }
}
