package org.newskg.extractor.rdf;

import java.util.List;

/**
 * Finds the sentence a mention stands in, as page offsets. Body mentions lie in one of the
 * article's sentences; headline mentions lie outside the body, and their sentence is the page
 * line that holds them (a headline is printed on a line of its own).
 */
final class SentenceSpans {

    private SentenceSpans() {
    }

    /** The {@code [start, end)} page range of the sentence holding the page offset {@code at}. */
    static int[] containing(String pageText, List<int[]> sentences, int at) {
        for (int[] s : sentences) {
            if (s[0] <= at && at < s[1]) {
                return s;
            }
        }
        int start = pageText.lastIndexOf('\n', at - 1) + 1;
        int end = pageText.indexOf('\n', at);
        if (end < 0) {
            end = pageText.length();
        }
        while (start < end && Character.isWhitespace(pageText.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(pageText.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }
}
