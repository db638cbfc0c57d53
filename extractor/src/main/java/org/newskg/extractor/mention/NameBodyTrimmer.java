package org.newskg.extractor.mention;

import java.util.List;

/**
 * Moves the left edge of a name found by its suffix past the words of the sentence before it.
 * Walking left over Chinese characters cannot tell 来自徐工集团 from 徐工集团, nor 一位北京基金公司
 * from a fund's name; HanLP's parts of speech can: a verb, a pronoun, a measure word, an adverb
 * or a preposition inside the body belongs to the clause, so the name starts after the last one.
 * A verb right before the suffix stays (中国人民抗日战争纪念馆), as does one after another verb or
 * a verbal noun (联防联控机制).
 */
final class NameBodyTrimmer {

    private final HanlpRecognizer recognizer;

    NameBodyTrimmer(HanlpRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** Where the name really starts in {@code text[start, suffixStart)}; {@code suffixStart} when nothing is left. */
    int trim(String text, int start, int suffixStart) {
        if (suffixStart - start < 2) {
            return start;
        }
        List<HanlpRecognizer.Token> tokens = recognizer.segment(text.substring(start, suffixStart));
        int cut = 0;
        for (int i = 0; i < tokens.size() - 1; i++) {
            HanlpRecognizer.Token token = tokens.get(i);
            HanlpRecognizer.Token previous = i > 0 ? tokens.get(i - 1) : null;
            if (belongsToClause(token, previous)) {
                cut = token.offset() + token.word().length();
            }
        }
        return start + cut;
    }

    private static boolean belongsToClause(HanlpRecognizer.Token token, HanlpRecognizer.Token previous) {
        String nature = token.nature();
        if (token.word().length() < 2) {
            // Single characters are as often part of a proper name (山丹培黎, 吾悦) as of the clause,
            // except a measure word after a number (一位, 多家).
            return nature.startsWith("q") && previous != null
                    && (previous.nature().equals("m") || previous.word().equals("多"));
        }
        if (nature.equals("v") || nature.equals("vi") || nature.equals("vf") || nature.equals("vx")) {
            return previous == null || !previous.nature().startsWith("v");
        }
        return nature.startsWith("r") || nature.startsWith("q") || nature.equals("d") || nature.equals("p")
                || nature.equals("ude2") || nature.equals("m") && token.word().matches("[一二两几多数]");
    }
}
