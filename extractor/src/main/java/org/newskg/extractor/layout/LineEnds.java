package org.newskg.extractor.layout;

import java.util.regex.Pattern;

/** What the end or start of a printed line says about whether the text goes on across the break. */
final class LineEnds {

    private static final String FINAL = "。！？；…!?;";
    /** A reporter's name in brackets after the last sentence: {@code 落地实施。(王明)}. */
    private static final Pattern SIGNED = Pattern.compile("[。！？”][（(][^（()）]{2,12}[）)]$");
    private static final String CLOSERS = "”’」』）)》";
    /** Lines that open an article or credit one: they always start a line of their own. */
    private static final Pattern OPENER = Pattern.compile(
            "^(?:[□●■◎◆▲]|本报\\S{0,10}?(?:\\d{1,2}月\\d{1,2}日)?(?:讯|电)|新华社\\S{0,10}?\\d{1,2}月\\d{1,2}日电|本报记者|本报评论员|新华社记者)");
    private static final Pattern CREDIT_END = Pattern.compile("(?:记者|通讯员|摄影)\\S*\\s*\\S*摄$|\\S\\s?摄$");

    private LineEnds() {
    }

    /** The line ends a sentence, so a break after it is real. */
    static boolean endsSentence(String line) {
        if (SIGNED.matcher(line).find()) {
            return true;
        }
        int i = line.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && FINAL.indexOf(line.charAt(i)) >= 0;
    }

    /** A photo credit ({@code 新华社记者 赵刚 摄}) ends the caption it belongs to. */
    static boolean endsWithCredit(String line) {
        return line.endsWith("摄") && CREDIT_END.matcher(line).find()
                && (line.contains("记者") || line.contains("通讯员") || line.length() <= 12);
    }

    private static final Pattern DATELINE = Pattern.compile(
            "^(?:本报\\S{0,10}?(?:\\d{1,2}月\\d{1,2}日)?(?:讯|电)|新华社\\S{0,10}?\\d{1,2}月\\d{1,2}日电)");

    /** The line starts with a dateline ({@code 本报2月7日讯}): running text follows on it. */
    static boolean startsWithDateline(String line) {
        return DATELINE.matcher(line).find();
    }

    static boolean opensArticle(String line) {
        return OPENER.matcher(line).find();
    }

    /** An opening bracket or quote without its closing one: the line stops inside a byline, quote or title. */
    static boolean leavesBracketOpen(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '（' || c == '(' || c == '“' || c == '《') {
                depth++;
            } else if ((c == '）' || c == ')' || c == '”' || c == '》') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
