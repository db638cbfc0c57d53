package org.newskg.extractor.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconsTest {

    @Test
    void bundledListsAreReadWithoutCommentsOrBlankLines() {
        List<String> suffixes = Lexicons.bundled().lines("site-suffixes.txt");
        assertTrue(suffixes.contains("体育场"), suffixes::toString);
        assertTrue(suffixes.stream().noneMatch(line -> line.isBlank() || line.startsWith("#")));
        assertTrue(Lexicons.bundled().lines("site-suffixes.txt") == suffixes, "read once");
    }

    @Test
    void givenListsReplaceOnlyTheirNamesake() {
        Lexicons lexicons = Lexicons.overriding(Map.of("site-suffixes.txt", List.of("驿站")));
        assertEquals(List.of("驿站"), lexicons.lines("site-suffixes.txt"));
        assertTrue(lexicons.lines("site-boundary-verbs.txt").contains("来到"));
    }

    @Test
    void titleHeadsCarryTheRoleTheyImply() {
        Map<String, String> heads = Lexicons.bundled().titleHeads();
        assertEquals("reporter", heads.get("记者"));
        assertTrue(heads.containsKey("书记"));
    }

    @Test
    void aMissingListIsAPackagingError() {
        assertThrows(IllegalStateException.class, () -> Lexicons.bundled().lines("no-such-list.txt"));
    }
}
