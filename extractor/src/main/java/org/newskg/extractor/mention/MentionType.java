package org.newskg.extractor.mention;

/** The kinds of span the recognisers find in an article's text. */
public enum MentionType {
    PERSON,
    REGION,
    /** A named building, venue, compound, hotel, road: a place that is not an administrative area. */
    SITE,
    ORGANIZATION,
    /** A post title such as 自治区党委书记, attached to a person by the title chain. */
    TITLE,
    DATE,
    /** A word that reports an event: 会议, 调研, 检查, 贺电 … */
    EVENT_TRIGGER
}
