package org.newskg.extractor.rdf;

import org.newskg.extractor.layout.Page;

/**
 * A span of the source file's decoded text in code points, {@code [begin, end)}: what evidence
 * cites, so that a reader can cut the span out of the file without knowing how layout was repaired.
 */
record SourceSpan(int begin, int end) {

    /**
     * The source span of the page text's UTF-16 range {@code [start, end)}. The end is taken from
     * the last character, not from {@code end}: the page offset map jumps over the layout spaces and
     * line breaks repair removed, and the span must not swallow those that follow it.
     */
    static SourceSpan of(Page page, int start, int end) {
        String text = page.text();
        int last = end - 1;
        if (last > start && Character.isLowSurrogate(text.charAt(last)) && Character.isHighSurrogate(text.charAt(last - 1))) {
            last--;
        }
        // Repair maps code points one to one (it drops some, widens none), so the last one is one long.
        return new SourceSpan(page.sourceOffset(start), page.sourceOffset(last) + 1);
    }
}
