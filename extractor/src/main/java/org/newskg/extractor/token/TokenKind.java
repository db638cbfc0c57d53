package org.newskg.extractor.token;

/**
 * What a word is, as far as the rules need to know: the parts of speech and the kinds of names
 * they branch on. A segmenter maps its own tags to these in one place; finer distinctions than
 * a rule makes are folded together, and every distinction a rule makes is kept (a title chain
 * stops at an intransitive verb but may hold a transitive one, so the two are apart).
 */
public enum TokenKind {
    /** A Chinese person's name. */
    PERSON_NAME,
    /** A transliterated foreign person's name (or a piece of one). */
    FOREIGN_PERSON_NAME,
    /** A Japanese person's name. */
    JAPANESE_PERSON_NAME,
    /** A Chinese place name. */
    PLACE_NAME,
    /** A transliterated foreign place name. */
    FOREIGN_PLACE_NAME,
    /** An organization's name. */
    ORGANIZATION,
    /** The last word of an institution's name (公司, 基金会). */
    ORGANIZATION_SUFFIX,
    /** A post or title (主席, 总经理). */
    JOB_TITLE,
    /** Any other noun. */
    NOUN,
    /** A verb used as a noun (管理, 建设 in 建设项目). */
    VERBAL_NOUN,
    /** A verb that takes an object, or a directional or formal verb. */
    VERB,
    /** A verb that takes no object. */
    INTRANSITIVE_VERB,
    /** 是. */
    COPULA,
    /** 有. */
    EXISTENTIAL_VERB,
    /** A verb morpheme, a verbal idiom or an adverbial verb. */
    OTHER_VERB,
    /** An adverb. */
    ADVERB,
    /** An adverb morpheme or adverbial idiom. */
    OTHER_ADVERB,
    /** A preposition. */
    PREPOSITION,
    /** 把 and 被. */
    OTHER_PREPOSITION,
    /** A conjunction (和, 并且). */
    CONJUNCTION,
    /** A pronoun or demonstrative (该, 这家). */
    PRONOUN,
    /** 地 after an adverbial. */
    ADVERBIAL_PARTICLE,
    /** Any other auxiliary particle (的, 了, 着, 过, 所, 等). */
    PARTICLE,
    /** A numeral. */
    NUMERAL,
    /** A numeral with its measure word (三个) or a numeral morpheme. */
    OTHER_NUMERAL,
    /** A measure word (位, 家, 部 when read so). */
    MEASURE_WORD,
    /** A punctuation mark. */
    PUNCTUATION,
    /** A word of time (今天, 上午). */
    TIME,
    /** A word of place that is no name (国内, 海外). */
    PLACE_WORD,
    /** A word of direction or position (上, 之间). */
    LOCATIVE,
    /** A sentence-final modal particle (吗, 呢). */
    MODAL,
    /** An interjection. */
    INTERJECTION,
    /** An onomatopoeia. */
    ONOMATOPOEIA,
    /** An abbreviation (人大, 政协). */
    ABBREVIATION,
    /** A distinguishing word, an attribute that is neither noun nor adjective (副, 女, 国有). */
    DISTINGUISHING_WORD,
    /** An adjective used as a noun. */
    ADJECTIVE_NOUN,
    /** Anything else. */
    OTHER;

    public boolean isPersonName() {
        return this == PERSON_NAME || this == FOREIGN_PERSON_NAME || this == JAPANESE_PERSON_NAME;
    }

    public boolean isPlaceName() {
        return this == PLACE_NAME || this == FOREIGN_PLACE_NAME;
    }

    /** Names of every kind, titles, institution suffixes and other nouns (not verbal nouns). */
    public boolean isNoun() {
        return isPersonName() || isPlaceName() || this == ORGANIZATION || this == ORGANIZATION_SUFFIX
                || this == JOB_TITLE || this == NOUN;
    }

    /** Verbs of every kind except verbal nouns. */
    public boolean isVerb() {
        return this == VERB || this == INTRANSITIVE_VERB || this == COPULA || this == EXISTENTIAL_VERB
                || this == OTHER_VERB;
    }

    public boolean isAdverb() {
        return this == ADVERB || this == OTHER_ADVERB;
    }

    public boolean isPreposition() {
        return this == PREPOSITION || this == OTHER_PREPOSITION;
    }

    public boolean isParticle() {
        return this == PARTICLE || this == ADVERBIAL_PARTICLE;
    }

    public boolean isNumeral() {
        return this == NUMERAL || this == OTHER_NUMERAL;
    }
}
