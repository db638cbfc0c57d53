package org.newskg.extractor.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells headline lines from running text, and a kicker (引题) from the headline it introduces.
 * Headlines are short and carry no sentence-final punctuation; kickers name who spoke or what
 * happened ({@code 某某在呼和浩特市暗访检查疫情防控工作时强调}) or set a theme ({@code 短评}).
 */
final class HeadlineDetector {

    static final int MAX_HEADLINE_LENGTH = 45;
    private static final String FINAL = "。！？；…";
    private static final Pattern KICKER_END = Pattern.compile("(?:时强调|上强调|强调|时指出|指出|表示|举行|时要求)$");
    private static final Pattern KICKER_START = Pattern.compile("^就");
    private static final Pattern COMMENTARY_CUE = Pattern.compile("^(?:短评|时评|评论|社论|本报评论员|评论员文章|编者按|快评|微评)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMENTARY_SERIES = Pattern.compile("——[一二三四五六七八九十]+论");

    private final DatelineParser datelines = new DatelineParser();
    private final BylineParser bylines = new BylineParser();

    boolean isHeadlineLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADLINE_LENGTH || s.contains("。")) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (FINAL.indexOf(last) >= 0 || (last == '”' && s.length() > 1 && FINAL.indexOf(s.charAt(s.length() - 2)) >= 0)) {
            return false;
        }
        return datelines.parse(s).isEmpty() && !bylines.isBylineLine(s) && bylines.credit(s).isEmpty();
    }

    boolean isHeadlineBlock(PageBlock block) {
        return block.lineTexts().stream().allMatch(this::isHeadlineLine);
    }

    boolean isKicker(String text) {
        String s = SPACES.matcher(text).replaceAll("");
        return KICKER_END.matcher(s).find() || KICKER_START.matcher(s).find() || isCommentaryCue(s);
    }

    boolean isCommentaryCue(String text) {
        return COMMENTARY_CUE.matcher(text.strip()).matches();
    }

    /**
     * A deck opened by a dash ({@code ——访市行政审批和政务服务局局长}) says what kind of piece follows
     * rather than what happened; a commentary series title ({@code ——一论…}) is part of the headline.
     */
    boolean isSubheadline(String line) {
        return line.startsWith("——") && !COMMENTARY_SERIES.matcher(line).find();
    }

    boolean marksCommentary(List<String> headlineLines) {
        return headlineLines.stream().anyMatch(l -> isCommentaryCue(l) || COMMENTARY_SERIES.matcher(l).find());
    }
}
