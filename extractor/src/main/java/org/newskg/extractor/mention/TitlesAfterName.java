package org.newskg.extractor.mention;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A title written right after a name as a form of address (习近平总书记指出, 邦戈总统逝世, 赵某委员长主持):
 * the post the text attaches to that person. A bare title says where the post is only for the few
 * posts with one meaning in any Chinese paper (总书记, 委员长); the rest stay bare, and a page that
 * gives the same person a fuller title with the same head has said it already
 * ({@code org.newskg.extractor.fact.PostRestatements}).
 */
final class TitlesAfterName {

    /** What a title after a name expands to: the full title and organization, or null for a bare one. */
    record Meaning(String fullTitle, String organization) {
    }

    /** Characters that make the title part of a longer word (主席团, 主席台, 总统府, 书记处, 大使馆, 部长级). */
    private static final String LONGER_WORD = "团台府处馆级会室助";

    private final Map<String, Meaning> meanings = new HashMap<>();
    private final TitleLexicon titles = TitleLexicon.instance();

    TitlesAfterName() {
        for (String line : PersonWordList.lines("title-after-name.tsv")) {
            String[] f = line.split("\t");
            meanings.put(f[0], new Meaning("-".equals(f[1]) ? null : f[1], "-".equals(f[2]) ? null : f[2]));
        }
    }

    /** The title that addresses the person whose name ends at {@code nameEnd}, if one does. */
    Optional<TitleSegment> at(String text, int nameEnd) {
        String head = titles.headStartingAt(text, nameEnd);
        if (head == null || !meanings.containsKey(head)) {
            return Optional.empty();
        }
        int end = nameEnd + head.length();
        if (end < text.length() && LONGER_WORD.indexOf(text.charAt(end)) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new TitleSegment(nameEnd, end, "", head, false));
    }

    /** The title mention for {@code segment}: expanded where the bare title has one meaning. */
    Mention mention(TitleSegment segment) {
        Meaning meaning = meanings.get(segment.head());
        Map<String, String> attributes = new HashMap<>();
        attributes.put(Mention.ATTR_WRITTEN_AFTER_NAME, "true");
        if (meaning != null && meaning.fullTitle() != null) {
            attributes.put(Mention.ATTR_FULL_TITLE, meaning.fullTitle());
            attributes.put(Mention.ATTR_ORGANIZATION, meaning.organization());
        }
        return new Mention(MentionType.TITLE, segment.start(), segment.end(), segment.text(), segment.text(), attributes);
    }
}
