package org.newskg.extractor.mention;

/**
 * A span that may be a person's name, before context has confirmed it.
 *
 * @param start  offset of the first character
 * @param end    offset after the last character
 * @param name   the span's text
 * @param origin who proposed it
 * @param role   the role the proposer already knows (a byline knows reporters), or null
 */
record PersonCandidate(int start, int end, String name, Origin origin, String role) {

    enum Origin {
        /** HanLP's person or translated-name recognition. */
        HANLP,
        /** A byline: 本报记者 X、Y, 通讯员 X 摄. */
        BYLINE,
        /** A title chain followed by a surname-initial word that HanLP did not see. */
        TITLE_CHAIN,
        /** Another occurrence of a name confirmed elsewhere in the text. */
        REPEAT,
        /** An item of a list of names (A、B、C) HanLP did not see: only its confirmed neighbours support it. */
        LIST_ITEM
    }

    boolean overlaps(PersonCandidate other) {
        return start < other.end && other.start < end;
    }

    /** Whether {@code piece} lies within this candidate's span. */
    boolean covers(PersonCandidate piece) {
        return start <= piece.start && piece.end <= end;
    }

    int length() {
        return end - start;
    }

    boolean isTransliterated() {
        return name.indexOf('·') >= 0 || origin == Origin.HANLP && !SurnameLexicon.instance().startsWithSurname(name);
    }
}
