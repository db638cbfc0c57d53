package org.newskg.extractor.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One printed line of the source, normalised, with the source code-point offset of every UTF-16
 * unit so repairs never lose the way back to the evidence.
 */
final class PageLine {

    private static final Pattern CONTINUED_ON = Pattern.compile("■?\\s*下\\s*转\\s*第\\s*\\d+\\s*版");
    private static final Pattern CONTINUED_FROM = Pattern.compile("[（(]\\s*上\\s*接\\s*第\\s*\\d+\\s*版\\s*[）)]");

    /** The line while it is repaired; {@link #repaired} once done. */
    private final StringBuilder text;
    /** Source offset of each UTF-16 unit of {@link #text}, in {@code offsets[0, length)}. */
    private int[] offsets;
    private int length;
    private String repaired;
    /** Source offset of the line terminator, or of the end of the source for the last line. */
    private final int terminatorOffset;
    private boolean continuedOn;
    private boolean continuedFrom;
    /** Width of the jump markers removed from the line: they took room in the printed column. */
    private double markerWidth;

    private PageLine(CharSequence text, int[] offsets, int length, int terminatorOffset) {
        this.text = new StringBuilder(text);
        this.offsets = Arrays.copyOf(offsets, length);
        this.length = length;
        this.terminatorOffset = terminatorOffset;
    }

    /** Splits the source into lines at LF, CRLF or a lone CR, normalising characters as it goes. */
    static List<PageLine> split(String source) {
        List<PageLine> lines = new ArrayList<>();
        // the line being read: its normalised text and the source offset of each UTF-16 unit
        StringBuilder pending = new StringBuilder();
        int[] pendingOffsets = new int[256];
        int offset = 0;
        int i = 0;
        while (i < source.length()) {
            int cp = source.codePointAt(i);
            if (cp == '\n' || cp == '\r') {
                lines.add(line(pending, pendingOffsets, offset));
                pending.setLength(0);
                if (cp == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
                    i++;
                    offset++;
                }
            } else {
                int normalised = CharacterNormaliser.normalise(cp);
                int at = pending.length();
                pending.appendCodePoint(normalised);
                if (pending.length() > pendingOffsets.length) {
                    pendingOffsets = Arrays.copyOf(pendingOffsets, pendingOffsets.length * 2);
                }
                Arrays.fill(pendingOffsets, at, pending.length(), offset);
            }
            i += Character.charCount(cp);
            offset++;
        }
        if (!pending.isEmpty()) {
            lines.add(line(pending, pendingOffsets, offset));
        }
        return lines;
    }

    private static PageLine line(StringBuilder text, int[] offsets, int terminatorOffset) {
        PageLine line = new PageLine(text, offsets, text.length(), terminatorOffset);
        line.removeContinuationMarkers();
        line.removeLayoutSpaces();
        line.repaired = line.text.toString();
        return line;
    }

    private void delete(int from, int to) {
        text.delete(from, to);
        System.arraycopy(offsets, to, offsets, from, length - to);
        length -= to - from;
    }

    /** Jump lines belong to the printed layout, not to any article; the flags remember where they stood. */
    private void removeContinuationMarkers() {
        Matcher on = CONTINUED_ON.matcher(text);
        if (on.find()) {
            continuedOn = true;
            markerWidth += width(on.start(), on.end());
            delete(on.start(), on.end());
        }
        Matcher from = CONTINUED_FROM.matcher(text);
        if (from.find()) {
            continuedFrom = text.substring(0, from.start()).isBlank();
            markerWidth += width(from.start(), from.end());
            delete(from.start(), from.end());
        }
    }

    /**
     * PDF extraction letter-spaces justified lines ({@code 习 近 平 指 出}) and pads digits
     * ({@code 2 月 19 日}). A space is kept only where it separates two words: two Latin words or
     * numbers, or two runs of at least two Chinese characters, as in headlines
     * ({@code 分秒必争 扁平管理}) and bylines ({@code 记者 王明 李华}). A single character between
     * spaces means the line was letter-spaced.
     */
    private void removeLayoutSpaces() {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        delete(0, i);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        delete(end, text.length());

        List<int[]> tokens = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= text.length(); k++) {
            boolean space = k == text.length() || text.charAt(k) == ' ';
            if (!space && start < 0) {
                start = k;
            } else if (space && start >= 0) {
                tokens.add(new int[] {start, k});
                start = -1;
            }
        }
        // Decide every gap on the line as printed before removing any, or merged runs would look like words.
        boolean[] keep = new boolean[tokens.size()];
        for (int t = 1; t < tokens.size(); t++) {
            keep[t] = separatesWords(tokens.get(t - 1), tokens.get(t));
        }
        for (int t = tokens.size() - 1; t > 0; t--) {
            int gapStart = tokens.get(t - 1)[1];
            int gapEnd = keep[t] ? tokens.get(t)[0] - 1 : tokens.get(t)[0];
            delete(gapStart, gapEnd);
        }
    }

    private boolean separatesWords(int[] left, int[] right) {
        char before = text.charAt(left[1] - 1);
        char after = text.charAt(right[0]);
        if (isAsciiWordChar(before) && isAsciiWordChar(after)) {
            return true;
        }
        return isHan(before) && isHan(after)
                && hanRunBefore(left[1]) >= 2 && hanRunAfter(right[0]) >= 2;
    }

    private int hanRunBefore(int end) {
        int n = 0;
        for (int k = end - 1; k >= 0 && isHan(text.charAt(k)); k--) {
            n++;
        }
        return n;
    }

    private int hanRunAfter(int start) {
        int n = 0;
        for (int k = start; k < text.length() && isHan(text.charAt(k)); k++) {
            n++;
        }
        return n;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isAsciiWordChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    String text() {
        return repaired;
    }

    int offset(int i) {
        return offsets[i];
    }

    int length() {
        return text.length();
    }

    int terminatorOffset() {
        return terminatorOffset;
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    /** The line ended in a jump to another page ({@code ■下转第2版}): its article breaks off here. */
    boolean continuedOn() {
        return continuedOn;
    }

    /** The line opened with {@code （上接第1版）}: a continued article starts here. */
    boolean continuedFrom() {
        return continuedFrom;
    }

    /** Printed width in em: Chinese characters take a full em, ASCII half of one. */
    double width() {
        return width(0, text.length()) + markerWidth;
    }

    private double width(int from, int to) {
        double w = 0;
        for (int k = from; k < to; k++) {
            w += text.charAt(k) < 0x2E80 ? 0.5 : 1;
        }
        return w;
    }
}
