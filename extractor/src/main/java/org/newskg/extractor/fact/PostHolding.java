package org.newskg.extractor.fact;

import org.newskg.extractor.mention.HoldingAttributes;
import org.newskg.extractor.mention.Mention;

/**
 * A person reported as holding a post: {@code 自治区党委书记、人大常委会主任张某某} gives two holdings
 * of one person. The title mention carries the expanded title and the organization in its
 * attributes ({@link Mention#ATTR_FULL_TITLE}, {@link Mention#ATTR_ORGANIZATION}).
 */
public record PostHolding(Mention person, Mention title) {

    /** The title as the reader would write it unabbreviated, else as written. */
    public String fullTitle() {
        String full = title.attribute(Mention.ATTR_FULL_TITLE);
        return full != null ? full : title.canonical();
    }

    /** The canonical name of the organization the post belongs to, or null when unclear. */
    public String organization() {
        return title.attribute(Mention.ATTR_ORGANIZATION);
    }

    /** Whether the post belongs to a state (国家主席, 科摩罗总统), which the text names as an area, not an organization. */
    public boolean inState() {
        return "state".equals(title.attribute(Mention.ATTR_ORGANIZATION_KIND));
    }

    /** Whether the text calls the post a past holding (原局长, 前国家主席, 时任省委书记). */
    public boolean former() {
        return HoldingAttributes.FORMER.equals(title.attribute(HoldingAttributes.STANDING));
    }

    /** Whether the post is held acting (代省长). */
    public boolean acting() {
        return HoldingAttributes.ACTING.equals(title.attribute(HoldingAttributes.STANDING));
    }

    /** Whether the post is held beside another (副主席兼秘书长, 兼任). */
    public boolean concurrent() {
        return "true".equals(title.attribute(HoldingAttributes.CONCURRENT));
    }

    /**
     * The change the sentence reports, or null: appointed, elected, removed, resigned, and
     * acting or concurrent for an appointment to an acting or concurrent holding.
     */
    public String change() {
        String change = title.attribute(HoldingAttributes.CHANGE);
        if ("appointed".equals(change) && acting()) {
            return "acting";
        }
        return change;
    }

    /** Whether the change ends the holding (免去, 不再担任, 辞去). */
    public boolean ends() {
        String change = change();
        return "removed".equals(change) || "resigned".equals(change);
    }

    public PostHolding shifted(int delta) {
        return new PostHolding(person.shifted(delta), title.shifted(delta));
    }
}
