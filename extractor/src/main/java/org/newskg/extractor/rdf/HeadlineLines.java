package org.newskg.extractor.rdf;

import org.newskg.extractor.article.Article;

/**
 * Finds on the page a mention the extractor read in a headline it could not place: a headline
 * printed over several lines is not one substring of the page, but each of its lines is. The
 * mention is looked for in the page lines that are part of the article's headline or kicker.
 */
final class HeadlineLines {

    private HeadlineLines() {
    }

    /** The page offset of {@code mentionText} in a line of the article's headline or kicker, or -1. */
    static int locate(String pageText, Article article, String mentionText) {
        int lineStart = 0;
        while (lineStart < pageText.length()) {
            int lineEnd = pageText.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = pageText.length();
            }
            String line = pageText.substring(lineStart, lineEnd).strip();
            int at = line.indexOf(mentionText);
            if (at >= 0 && line.length() >= 2 && (partOf(line, article.headline()) || partOf(line, article.kicker()))) {
                return pageText.indexOf(line, lineStart) + at;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static boolean partOf(String line, String headline) {
        return headline != null && headline.contains(line);
    }
}
