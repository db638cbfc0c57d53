package org.newskg.extractor.rdf;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.lexicon.Lexicons;

/**
 * The role a post title names: its head word (书记 in 内蒙古自治区党委书记, 副主任 in …常委会副主任),
 * from the title-head list of the data module. Longest head wins, so 党组书记 stays whole.
 */
final class PostRoles {

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
        Map<String, String> roles = Lexicons.bundled().titleHeads();
        Set<String> bylineHeads = new HashSet<>();
        roles.forEach((head, role) -> {
            if (BYLINE_ROLE.equals(role)) {
                bylineHeads.add(head);
            }
        });
        return new PostRoles(roles.keySet(), bylineHeads);
    }
}
