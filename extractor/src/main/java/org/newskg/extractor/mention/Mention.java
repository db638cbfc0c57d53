package org.newskg.extractor.mention;

import java.util.Map;

/**
 * A typed span of text.
 *
 * @param type       what the span names
 * @param start      UTF-16 offset of the span in the text the recogniser was given
 * @param end        end offset, exclusive
 * @param text       the span as written (layout already repaired)
 * @param canonical  the normalised name the span resolves to: a region's or organization's full
 *                   official name, a person's full name, a date's ISO value ({@code 2022-02-19},
 *                   {@code --02-19}, {@code 2021-12}); never null
 * @param attributes extra facts the recogniser knows: see the {@code ATTR_} constants
 */
public record Mention(MentionType type, int start, int end, String text, String canonical,
                      Map<String, String> attributes) {

    /** Region: the administrative division code, when the gazetteer knows it. */
    public static final String ATTR_CODE = "code";
    /** Region: country, province, prefecture, county, township, village. */
    public static final String ATTR_LEVEL = "level";
    /** Region or site or organization: the canonical name of what it lies in or belongs to. */
    public static final String ATTR_PARENT = "parent";
    /** Region: the parent's division code, when known. */
    public static final String ATTR_PARENT_CODE = "parentCode";
    /** Person: official, reporter, photographer, interviewee, athlete, foreign-leader, other. */
    public static final String ATTR_ROLE = "role";
    /** Organization: government, party, legislature, court, military, company, school, hospital, media, association, other. */
    public static final String ATTR_ORG_TYPE = "orgType";
    /** Date: the XSD datatype local name of {@code canonical}: date, gYearMonth, gYear, gMonthDay. */
    public static final String ATTR_DATATYPE = "datatype";
    /** Date: the ISO value where a range ends ({@code 1月7日至8日}). */
    public static final String ATTR_END_VALUE = "endValue";
    /** Title: the expanded, unambiguous form (内蒙古自治区党委书记). */
    public static final String ATTR_FULL_TITLE = "fullTitle";
    /** Title: the canonical name of the organization the post belongs to. */
    public static final String ATTR_ORGANIZATION = "organization";
    /** On a TITLE: "true" when the title follows the name as a form of address (习近平总书记). */
    public static final String ATTR_WRITTEN_AFTER_NAME = "afterName";
    /** On a TITLE: "state" when its organization is a state (科摩罗总统): an area, not an organization the text names. */
    public static final String ATTR_ORGANIZATION_KIND = "organizationKind";
    /** Event trigger: meeting, conference, inspection, visit, message, competition, announcement, other. */
    public static final String ATTR_EVENT_TYPE = "eventType";
    /** Coordinates from the gazetteer (GCJ-02), as decimal degrees. */
    public static final String ATTR_LONGITUDE = "longitude";
    public static final String ATTR_LATITUDE = "latitude";

    public Mention {
        attributes = Map.copyOf(attributes);
    }

    public static Mention of(MentionType type, int start, int end, String text, String canonical) {
        return new Mention(type, start, end, text, canonical, Map.of());
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    public Mention shifted(int delta) {
        return new Mention(type, start + delta, end + delta, text, canonical, attributes);
    }
}
