package org.newskg.extractor.mention;

import java.time.LocalDate;

/**
 * What a recogniser needs to know besides the text: whose conventions apply (自治区 means
 * 内蒙古自治区 in 内蒙古日报, 首府 means 呼和浩特市 in 呼和浩特日报) and which year and day relative dates
 * count from.
 *
 * @param paper           the paper's name, or null when unknown
 * @param publicationDate the date, or null when unknown
 * @param articleDate     the dateline's date (当日 and 昨天 count from it), or null
 */
public record TextContext(String paper, LocalDate publicationDate, LocalDate articleDate) {

    public static TextContext none() {
        return new TextContext(null, null, null);
    }

    /** The date relative expressions count from: the dateline's, else the issue's. */
    public LocalDate referenceDate() {
        return articleDate != null ? articleDate : publicationDate;
    }
}
