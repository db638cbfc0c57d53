package org.newskg.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.mention.MentionType;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.token.TokenKind;
import org.newskg.extractor.token.WordListTokenizer;

/** The extractor reads words only through the tokenizer its builder is given. */
class ExtractorWithAnotherTokenizerTest {

    private static final String SENTENCE = "副市长韩明远出席会议。";

    private static List<String> persons(WordListTokenizer tokenizer) {
        MentionExtraction extraction = new MentionExtraction(Extractor.builder().tokenizer(tokenizer).build());
        return extraction.ofLines(SENTENCE, SourceMetadata.unknown()).stream()
                .filter(l -> l.mention().type() == MentionType.PERSON)
                .map(l -> l.mention().canonical())
                .toList();
    }

    @Test
    void aNameTheTokenizerTagsIsReadAsAPerson() {
        WordListTokenizer tokenizer = new WordListTokenizer(Map.of(
                "副市长", TokenKind.JOB_TITLE, "韩明远", TokenKind.PERSON_NAME, "出席", TokenKind.VERB,
                "会议", TokenKind.NOUN, "。", TokenKind.PUNCTUATION));
        assertEquals(List.of("韩明远"), persons(tokenizer));
        assertTrue(tokenizer.segmented() > 0);
    }
}
