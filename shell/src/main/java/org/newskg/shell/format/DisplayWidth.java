package org.newskg.shell.format;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * How many terminal columns a string takes. Chinese characters and full-width punctuation take
 * two (East Asian Width W or F); combining marks and zero-width characters take none.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    public static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    public static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || codePoint == 0x200B) {
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /** {@code s} cut to {@code width} columns, its end replaced by … when it is longer. */
    public static String cut(String s, int width) {
        if (of(s) <= width) {
            return s;
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = of(cp);
            if (used + w > width - 1) {
                break;
            }
            kept.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return kept.append('…').toString();
    }

    /** {@code s} followed by spaces up to {@code width} columns. */
    public static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }
}
