package org.newskg.extractor.mention;

import java.util.HashMap;
import java.util.Map;

/**
 * What a title mention says about the holding beside the post itself: whether the post is held
 * now, was held (原/前/时任), or is held acting (代); whether it is held concurrently (兼); and
 * whether the sentence reports a change (任命, 当选, 免去, 不再担任, 辞去).
 */
public final class HoldingAttributes {

    /** {@code current}, {@code former} (原/前/时任) or {@code acting} (代); absent means current. */
    public static final String STANDING = "standing";
    /** {@code true} when the post is held beside another (兼, 兼任). */
    public static final String CONCURRENT = "concurrent";
    /** The change the sentence reports: appointed, elected, removed, resigned, acting, concurrent. */
    public static final String CHANGE = "change";

    public static final String FORMER = "former";
    public static final String ACTING = "acting";

    private HoldingAttributes() {
    }

    /** The mention with {@code key} set to {@code value}. */
    static Mention with(Mention m, String key, String value) {
        Map<String, String> attributes = new HashMap<>(m.attributes());
        attributes.put(key, value);
        return new Mention(m.type(), m.start(), m.end(), m.text(), m.canonical(), attributes);
    }
}
