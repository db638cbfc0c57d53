package org.newskg.extractor.mention;

import java.util.Map;
import org.newskg.extractor.lexicon.Lexicons;

/**
 * Words that end a post title (书记, 副主任, 总经理助理, 记者 …) and the kind of person each implies.
 * Longest match wins, so 党组书记 is one head and not 书记 after 党组.
 */
final class TitleLexicon {

    private static final TitleLexicon INSTANCE = load();

    private final Map<String, String> roleByHead;
    private final int longest;
    /** Whether some head ends with the character: most text characters end none. */
    private final boolean[] endsSome = new boolean[Character.MAX_VALUE + 1];

    private TitleLexicon(Map<String, String> roleByHead) {
        this.roleByHead = roleByHead;
        this.longest = roleByHead.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String head : roleByHead.keySet()) {
            if (!head.isEmpty()) {
                endsSome[head.charAt(head.length() - 1)] = true;
            }
        }
    }

    static TitleLexicon instance() {
        return INSTANCE;
    }

    private static TitleLexicon load() {
        return new TitleLexicon(Lexicons.bundled().titleHeads());
    }

    boolean isHead(String word) {
        return roleByHead.containsKey(word);
    }

    /** The longest title head ending exactly at {@code end} in {@code text}, or null. */
    String headEndingAt(String text, int end) {
        if (end < 2 || !endsSome[text.charAt(end - 1)]) {
            return null;
        }
        for (int length = Math.min(longest, end); length >= 2; length--) {
            String candidate = text.substring(end - length, end);
            if (roleByHead.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The longest title head starting exactly at {@code start} in {@code text}, or null. */
    String headStartingAt(String text, int start) {
        for (int length = Math.min(longest, text.length() - start); length >= 2; length--) {
            String candidate = text.substring(start, start + length);
            if (roleByHead.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The role a head implies; "other" when unknown. */
    String roleOf(String head) {
        return roleByHead.getOrDefault(head, "other");
    }
}
