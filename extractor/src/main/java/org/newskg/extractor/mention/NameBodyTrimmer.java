package org.newskg.extractor.mention;

import java.util.List;
import org.newskg.extractor.token.Token;
import org.newskg.extractor.token.TokenKind;
import org.newskg.extractor.token.Tokenizer;

/**
 * Moves the left edge of a name found by its suffix past the words of the sentence before it.
 * Walking left over Chinese characters cannot tell 来自徐工集团 from 徐工集团, nor 一位北京基金公司
 * from a fund's name; HanLP's parts of speech can: a verb, a pronoun, a measure word, an adverb
 * or a preposition inside the body belongs to the clause, so the name starts after the last one.
 * A verb right before the suffix stays (中国人民抗日战争纪念馆), as does one after another verb or
 * a verbal noun (联防联控机制).
 */
final class NameBodyTrimmer {

    private final Tokenizer recognizer;

    NameBodyTrimmer(Tokenizer recognizer) {
        this.recognizer = recognizer;
    }

    /** Where the name really starts in {@code text[start, suffixStart)}; {@code suffixStart} when nothing is left. */
    int trim(String text, int start, int suffixStart) {
        if (suffixStart - start < 2) {
            return start;
        }
        List<Token> tokens = recognizer.segment(text.substring(start, suffixStart));
        int cut = 0;
        for (int i = 0; i < tokens.size() - 1; i++) {
            Token token = tokens.get(i);
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            if (belongsToClause(token, previous)) {
                cut = token.offset() + token.word().length();
            }
        }
        return start + cut;
    }

    private static boolean belongsToClause(Token token, Token previous) {
        TokenKind kind = token.kind();
        if (token.word().length() < 2) {
            // Single characters are as often part of a proper name (山丹培黎, 吾悦) as of the clause,
            // except a measure word after a number (一位, 多家).
            return kind == TokenKind.MEASURE_WORD && previous != null
                    && (previous.kind() == TokenKind.NUMERAL || previous.word().equals("多"));
        }
        if (kind == TokenKind.VERB || kind == TokenKind.INTRANSITIVE_VERB) {
            return previous == null || !previous.kind().isVerb() && previous.kind() != TokenKind.VERBAL_NOUN;
        }
        return kind == TokenKind.PRONOUN || kind == TokenKind.MEASURE_WORD || kind == TokenKind.ADVERB
                || kind == TokenKind.PREPOSITION || kind == TokenKind.ADVERBIAL_PARTICLE
                || kind == TokenKind.NUMERAL && token.word().matches("[一二两几多数]");
    }
}
