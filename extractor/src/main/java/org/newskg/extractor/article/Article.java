package org.newskg.extractor.article;

import java.time.LocalDate;
import java.util.List;

/**
 * One article of a page.
 *
 * @param index    0-based position on the page
 * @param headline the headline without layout spaces, or null when none was found
 * @param kicker   the line above or below the headline that introduces it (引题/副题), or null
 * @param dateline as printed, without spaces ({@code 本报2月19日讯}), or null
 * @param authors  reporters and photographers from the byline, in order
 * @param kind     news, commentary, photo caption or brief
 * @param date     the date the dateline gives (year from the publication date), or null
 * @param start    UTF-16 offset in the page text where the article (dateline or body) begins
 * @param end      UTF-16 offset in the page text where its body ends (exclusive)
 */
public record Article(int index, String headline, String kicker, String dateline, List<String> authors,
                      ArticleKind kind, LocalDate date, int start, int end) {

    public Article {
        authors = List.copyOf(authors);
    }

    /** The article's body text, cut from the page text it was found in. */
    public String body(String pageText) {
        return pageText.substring(start, end);
    }
}
