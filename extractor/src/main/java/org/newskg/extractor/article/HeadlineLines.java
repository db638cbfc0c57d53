package org.newskg.extractor.article;

/**
 * Places on the page a name read in a headline: a headline printed over several lines is not one
 * substring of the page, but each of its lines is, so the name is looked for in the page lines
 * that are part of the article's headline or kicker.
 */
public final class HeadlineLines {

    private HeadlineLines() {
    }

    /** The page offset of {@code mentionText} in a line of the article's headline or kicker, or -1. */
    public static int locate(String pageText, Article article, String mentionText) {
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
