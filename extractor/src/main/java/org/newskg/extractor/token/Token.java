package org.newskg.extractor.token;

/** One word of a segmentation: the word, its kind and its offset in the segmented text. */
public record Token(String word, TokenKind kind, int offset) {

    public int end() {
        return offset + word.length();
    }

    public boolean isPersonName() {
        return kind.isPersonName();
    }
}
