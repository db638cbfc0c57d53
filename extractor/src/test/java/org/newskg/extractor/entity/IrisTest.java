package org.newskg.extractor.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class IrisTest {

    @Test
    void namesThatNeedNoEscapeAreKeptAsTheyAre() {
        String name = "约翰·史密斯";
        assertSame(name, Iris.segment(name));
        assertEquals("p000001_000_589c182ea8fb9a5a.txt", Iris.segment("p000001_000_589c182ea8fb9a5a.txt"));
    }

    @Test
    void escapesWhatMayNotStandInASegmentWhereverItIs() {
        assertEquals("a%2Fb", Iris.segment("a/b"));
        assertEquals("%25", Iris.segment("%"));
        assertEquals("呼和浩特%20%E3%80%80x", Iris.segment("呼和浩特 \u3000x"));
        assertEquals("李%EF%BC%88左%EF%BC%89", Iris.segment("李（左）"));
        assertEquals("%F0%9F%98%80z", Iris.segment("\uD83D\uDE00z"));
        assertEquals("x%3F", Iris.segment("x\uD800"));
    }

    @Test
    void spansOfASourceShareItsIri() {
        assertEquals(Iris.source("a b.txt") + "#offset_3_7", Iris.span("a b.txt", 3, 7));
    }
}
