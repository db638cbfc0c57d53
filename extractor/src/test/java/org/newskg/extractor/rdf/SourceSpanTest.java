package org.newskg.extractor.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newskg.extractor.layout.LayoutRepair;
import org.newskg.extractor.layout.Page;

class SourceSpanTest {

    @Test
    void theEndIsTheLastCharactersOffsetPlusOneNotTheNextCharactersOffset() {
        // "石 泰 峰\n讲话": repair drops the layout spaces and joins lines.
        String source = "石 泰 峰\n讲话";
        Page page = new LayoutRepair().repair(source);
        int start = page.text().indexOf("石泰峰");
        SourceSpan span = SourceSpan.of(page, start, start + 3);
        assertEquals("石 泰 峰", source.substring(span.begin(), span.end()));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsAsOneCodePoint() {
        // 𠀀 is two UTF-16 units but one code point: offsets count code points.
        String text = "甲𠀀乙";
        Page page = new Page(text, new int[] {0, 1, 1, 2, 3});
        assertEquals(new SourceSpan(1, 2), SourceSpan.of(page, 1, 3));
        assertEquals(new SourceSpan(0, 3), SourceSpan.of(page, 0, 4));
    }
}
