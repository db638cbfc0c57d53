package org.newskg.extractor.mention;

/**
 * Reads the numbers that dates are written with: Arabic digits (half- or full-width), digit-by-digit
 * Chinese years ({@code 二〇二二}) and positional Chinese numbers up to 99 ({@code 十九}, {@code 廿三}).
 */
final class DateNumerals {

    /** Characters that may form a number in a date, for building patterns. */
    static final String CHINESE_DIGITS = "〇零一二三四五六七八九十廿两";

    private DateNumerals() {
    }

    /** The value of {@code text}, or -1 when it is not a number this class reads. */
    static int parse(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        if (isArabic(text)) {
            int value = 0;
            for (int i = 0; i < text.length(); i++) {
                value = value * 10 + arabicDigit(text.charAt(i));
            }
            return value;
        }
        if (text.indexOf('十') < 0 && text.indexOf('廿') < 0) {
            // Years are spelled digit by digit (二〇二二), so positional rules do not apply.
            int value = 0;
            for (int i = 0; i < text.length(); i++) {
                int d = chineseDigit(text.charAt(i));
                if (d < 0) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return value;
        }
        return parsePositional(text);
    }

    private static int parsePositional(String text) {
        int tens;
        String rest;
        int ten = text.indexOf('十');
        int twenty = text.indexOf('廿');
        if (twenty == 0) {
            tens = 2;
            rest = text.substring(1);
        } else if (ten == 0) {
            tens = 1;
            rest = text.substring(1);
        } else if (ten == 1) {
            tens = chineseDigit(text.charAt(0));
            rest = text.substring(2);
        } else {
            return -1;
        }
        if (tens <= 0) {
            return -1;
        }
        if (rest.isEmpty()) {
            return tens * 10;
        }
        if (rest.length() > 1) {
            return -1;
        }
        int units = chineseDigit(rest.charAt(0));
        return units <= 0 ? -1 : tens * 10 + units;
    }

    private static boolean isArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (arabicDigit(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int arabicDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    private static int chineseDigit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
