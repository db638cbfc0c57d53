package org.newskg.extractor.token;

import java.util.List;

/**
 * The words of a text and what the tokenizer's dictionaries know about words: the one seam
 * between the rules and a segmenter. The rules see {@link TokenKind}s, never a segmenter's own
 * tags, so a segmenter can be replaced (or faked in a test) without touching a rule.
 * Implementations are thread-safe.
 */
public interface Tokenizer {

    /** The words of {@code text} with person-name recognition on; offsets index {@code text}. */
    List<Token> segment(String text);

    /**
     * Whether the dictionary knows {@code word} as an ordinary word and never as a person's name:
     * such a word needs context before it is believed to be a name.
     */
    boolean isCommonWord(String word);

    /** Whether the dictionary lists {@code word} as a person's name. */
    boolean isKnownName(String word);

    /**
     * How often these characters were seen as a given name: for two characters the lesser of the
     * first's count as a given name's first character and the second's as its last; for one
     * character its count as a single-character given name. 0 when never seen.
     */
    int givenNameCount(String givenName);
}
