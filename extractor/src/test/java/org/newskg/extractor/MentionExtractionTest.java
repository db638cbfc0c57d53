package org.newskg.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.mention.MentionType;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.source.SourceMetadata;

class MentionExtractionTest {

    private final MentionExtraction extraction = new MentionExtraction(Extractor.standard());

    /** The input's code points in [start, end): what a user's tool would cut out of the file. */
    private static String cut(String input, int start, int end) {
        return new String(input.codePoints().skip(start).limit(end - start).toArray(), 0, end - start);
    }

    @Test
    void offsetsAreCodePointsOfTheInputNotOfTheRepairedPage() {
        // A character outside the BMP and layout spaces before the names shift UTF-16 and repaired offsets.
        String input = "𠀋 本报讯 3 月 5 日，国家副主席 韩明远 在北辰重工集团调研。\n";
        Source source = new Source("t.txt", input, StandardCharsets.UTF_8, "", SourceMetadata.unknown());
        List<MentionExtraction.Located> found = extraction.of(source);
        assertTrue(found.stream().anyMatch(l -> l.mention().type() == MentionType.ORGANIZATION) && found.size() >= 2, found::toString);
        for (MentionExtraction.Located l : found) {
            assertEquals(l.written(), cut(input, l.start(), l.end()));
            assertEquals(l.mention().text(), l.written().replace(" ", ""), l::toString);
        }
    }

    @Test
    void eachLineIsItsOwnTextWithItsNumber() {
        String input = "副市长韩明远出席。\n\n北辰重工集团今天开工。\n";
        List<MentionExtraction.Located> found = extraction.ofLines(input, SourceMetadata.unknown());
        MentionExtraction.Located org = found.stream()
                .filter(l -> l.mention().type() == MentionType.ORGANIZATION).findFirst().orElseThrow();
        assertEquals(3, org.line());
        assertEquals(0, org.start());
        assertEquals("北辰重工集团", org.written());
    }
}
