package org.newskg.extractor.layout;

/**
 * A page's text repaired from PDF layout, with a map back to the source.
 *
 * @param text          the repaired text: no layout spaces between CJK characters, paragraphs
 *                      joined, full-width digits and ASCII-range punctuation normalised
 * @param sourceOffsets {@code sourceOffsets[i]} is the code-point offset in the source text of the
 *                      character at UTF-16 index {@code i} of {@code text}; it has
 *                      {@code text.length() + 1} entries, the last one being the end of the source
 */
public record Page(String text, int[] sourceOffsets) {

    /** Code-point offset in the source text of UTF-16 index {@code i} of the repaired text. */
    public int sourceOffset(int i) {
        return sourceOffsets[i];
    }
}
