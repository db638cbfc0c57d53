package org.newskg.extractor.layout;

/**
 * Maps full-width digits, Latin letters and the ideographic space to their ASCII forms, so that
 * {@code ２０２２年} and {@code 2022年} read alike. Chinese punctuation is left as printed: it
 * carries meaning (、 versus ,) that the later stages rely on.
 */
final class CharacterNormaliser {

    private CharacterNormaliser() {
    }

    static int normalise(int codePoint) {
        if ((codePoint >= '０' && codePoint <= '９')
                || (codePoint >= 'Ａ' && codePoint <= 'Ｚ')
                || (codePoint >= 'ａ' && codePoint <= 'ｚ')) {
            return codePoint - 0xFEE0;
        }
        if (codePoint == '\u3000' || codePoint == '\u00A0' || codePoint == '\t') {
            return ' ';
        }
        return codePoint;
    }
}
