package org.newskg.extractor.mention;

/**
 * A way of writing a region: its full name, a short form, a conventional abbreviation, or a
 * paper's own convention ({@code 我区} in 内蒙古日报).
 *
 * @param paper the paper whose convention this is, or null when the form holds in any text
 */
public record RegionForm(String text, Region region, Kind kind, String paper) {

    public enum Kind {
        /** The official name, suffix included. */
        FULL,
        /** The name without its administrative suffix: 呼和浩特, 锡林郭勒, 广西. */
        SHORT,
        /** A conventional abbreviation: 呼市, 锡盟, 美国. */
        ABBREVIATION,
        /** A paper's convention, valid only in that paper: 自治区, 首府. */
        PAPER
    }

    public boolean appliesTo(TextContext context) {
        return paper == null || paper.equals(context.paper());
    }
}
