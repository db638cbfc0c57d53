package org.newskg.extractor.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tokenizer for tests that knows only the words it is given: the longest listed word at each
 * position is a token of its listed kind, any other character a noun of its own. No dictionary
 * knows a common word or a given name.
 */
public final class WordListTokenizer implements Tokenizer {

    private final Map<String, TokenKind> words;
    private final int longest;
    private int segmented;

    public WordListTokenizer(Map<String, TokenKind> words) {
        this.words = Map.copyOf(words);
        this.longest = words.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    @Override
    public synchronized List<Token> segment(String text) {
        segmented++;
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int length = Math.min(longest, text.length() - at);
            while (length > 1 && !words.containsKey(text.substring(at, at + length))) {
                length--;
            }
            String word = text.substring(at, at + length);
            tokens.add(new Token(word, words.getOrDefault(word, TokenKind.NOUN), at));
            at += length;
        }
        return tokens;
    }

    /** How many texts were segmented: whether the pipeline read its words through this tokenizer. */
    public synchronized int segmented() {
        return segmented;
    }

    @Override
    public boolean isCommonWord(String word) {
        return false;
    }

    @Override
    public boolean isKnownName(String word) {
        return words.get(word) == TokenKind.PERSON_NAME;
    }

    @Override
    public int givenNameCount(String givenName) {
        return 0;
    }
}
