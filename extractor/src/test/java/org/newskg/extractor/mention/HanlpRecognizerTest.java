package org.newskg.extractor.mention;

import org.newskg.extractor.token.Token;
import org.newskg.extractor.token.TokenKind;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HanlpRecognizerTest {

    private final HanlpRecognizer hanlp = HanlpRecognizer.instance();

    @Test
    void tokensCarryOffsetsIntoTheText() {
        String text = "自治区党委书记、人大常委会主任石泰峰采取“四不两直”方式。";
        for (Token token : hanlp.segment(text)) {
            assertEquals(token.word(), text.substring(token.offset(), token.end()));
        }
    }

    @Test
    void titlesAreTaggedAsPostWordsAndNamesAsPersons() {
        List<Token> tokens = hanlp.segment("中共中央总书记、国家主席、中央军委主席习近平将出席闭幕式。");
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("总书记") && t.kind() == TokenKind.JOB_TITLE));
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("习近平") && t.isPersonName()));
    }

    @Test
    void hanlpTagsAreReadAsTheKindsTheRulesTellApart() {
        assertEquals(TokenKind.PERSON_NAME, HanlpRecognizer.kindOf("nr"));
        assertEquals(TokenKind.FOREIGN_PERSON_NAME, HanlpRecognizer.kindOf("nrf"));
        assertEquals(TokenKind.NOUN, HanlpRecognizer.kindOf("nr1"));
        assertEquals(TokenKind.ORGANIZATION, HanlpRecognizer.kindOf("ntcb"));
        assertEquals(TokenKind.ORGANIZATION_SUFFIX, HanlpRecognizer.kindOf("nis"));
        assertEquals(TokenKind.VERB, HanlpRecognizer.kindOf("vf"));
        assertEquals(TokenKind.INTRANSITIVE_VERB, HanlpRecognizer.kindOf("vi"));
        assertEquals(TokenKind.OTHER_VERB, HanlpRecognizer.kindOf("vl"));
        assertEquals(TokenKind.VERBAL_NOUN, HanlpRecognizer.kindOf("vn"));
        assertEquals(TokenKind.OTHER_PREPOSITION, HanlpRecognizer.kindOf("pbei"));
        assertEquals(TokenKind.CONJUNCTION, HanlpRecognizer.kindOf("cc"));
        assertEquals(TokenKind.ADVERBIAL_PARTICLE, HanlpRecognizer.kindOf("ude2"));
        assertEquals(TokenKind.PARTICLE, HanlpRecognizer.kindOf("ude1"));
        assertEquals(TokenKind.OTHER_NUMERAL, HanlpRecognizer.kindOf("mq"));
        assertEquals(TokenKind.PUNCTUATION, HanlpRecognizer.kindOf("wkz"));
        assertEquals(TokenKind.OTHER, HanlpRecognizer.kindOf("Mg"));
        assertEquals(TokenKind.OTHER, HanlpRecognizer.kindOf("tg"));
    }

    @Test
    void entitiesMapHanlpTagsToMentionTypes() {
        String text = "国家主席习近平2月19日同阿根廷共和国总统费尔南德斯互致贺电。";
        List<Mention> mentions = hanlp.entities(text);
        assertTrue(mentions.stream().anyMatch(m -> m.type() == MentionType.PERSON && m.text().equals("习近平")));
        assertTrue(mentions.stream().anyMatch(m -> m.type() == MentionType.REGION && m.text().startsWith("阿根廷")));
        for (Mention mention : mentions) {
            assertEquals(mention.text(), text.substring(mention.start(), mention.end()));
        }
    }

    @Test
    void commonWordsAreToldFromKnownNames() {
        assertTrue(hanlp.isCommonWord("强调"));
        assertFalse(hanlp.isCommonWord("习近平"));
        assertTrue(hanlp.isKnownName("习近平"));
    }

    @Test
    void segmentsConcurrentlyWithTheSameResult() throws Exception {
        String text = "本报讯（记者祁晓燕）近期，自治区市场监管局公布了典型案例。";
        List<Token> expected = hanlp.segment(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Token>>> results = pool.invokeAll(
                    java.util.Collections.nCopies(16, () -> hanlp.segment(text)));
            for (Future<List<Token>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void writesNothingToStandardOutput() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            hanlp.entities("呼和浩特市疾病预防控制中心开展核酸检测。");
        } finally {
            System.setOut(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}
