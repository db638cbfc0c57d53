package org.newskg.extractor.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into sentences at 。！？； and at line ends. A closing quote or bracket right after the
 * stop stays with its sentence ({@code ……既方便又贴心。”}), and a stop inside quotes or brackets
 * does not end the sentence that quotes it.
 */
public final class SentenceSplitter {

    private static final String STOPS = "。！？；!?;";
    private static final String OPENERS = "“‘「『（(《";
    private static final String CLOSERS = "”’」』）)》";
    /** Beyond this depth, quotes are taken for unbalanced and no longer hold a sentence open. */
    private static final int MAX_DEPTH = 3;

    /**
     * Sentences of {@code text} between {@code from} and {@code to}, as {@code [start, end)} pairs
     * with surrounding whitespace left out; empty sentences are skipped.
     */
    public List<int[]> split(String text, int from, int to) {
        List<int[]> sentences = new ArrayList<>();
        int start = from;
        int depth = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
                depth = 0;
            } else if (OPENERS.indexOf(c) >= 0) {
                depth = Math.min(depth + 1, MAX_DEPTH);
            } else if (CLOSERS.indexOf(c) >= 0) {
                depth = Math.max(depth - 1, 0);
            } else if (STOPS.indexOf(c) >= 0 && (depth == 0 || closesRightAfter(text, i + 1, to, depth))) {
                int end = i + 1;
                while (end < to && (STOPS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                    if (CLOSERS.indexOf(text.charAt(end)) >= 0) {
                        depth = Math.max(depth - 1, 0);
                    }
                    end++;
                }
                if (depth == 0) {
                    add(sentences, text, start, end);
                    start = end;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(sentences, text, start, to);
        return sentences;
    }

    /** A stop followed at once by every closing quote still open ends the quoting sentence too. */
    private static boolean closesRightAfter(String text, int i, int to, int depth) {
        int closed = 0;
        while (i < to && (CLOSERS.indexOf(text.charAt(i)) >= 0 || STOPS.indexOf(text.charAt(i)) >= 0)) {
            if (CLOSERS.indexOf(text.charAt(i)) >= 0) {
                closed++;
            }
            i++;
        }
        return closed >= depth;
    }

    private static void add(List<int[]> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new int[] {start, end});
        }
    }
}
