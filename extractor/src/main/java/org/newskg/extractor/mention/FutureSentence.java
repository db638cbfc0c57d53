package org.newskg.extractor.mention;

import java.util.List;

/**
 * Whether the sentence around a date announces what is still to come (会议决定…8月22日至24日在京召开,
 * 将于…举行, 定于…开幕): such a sentence may name a day months after the issue, so a month and day
 * without a year are read up to half a year ahead instead of about a month.
 */
final class FutureSentence {

    /** How far ahead a date of an ordinary sentence may lie (days). */
    static final int USUAL_DAYS = 31;
    /** How far ahead a date of an announcing sentence may lie (days). */
    static final int ANNOUNCED_DAYS = 183;

    private static final List<String> MARKERS = List.of("将于", "将在", "定于", "拟于", "计划于", "预计",
            "即将", "决定", "届时", "将举行", "将召开");
    private static final String SENTENCE_ENDS = "。！？；\n";

    private FutureSentence() {
    }

    static int horizonDays(String text, int start, int end) {
        int from = start;
        while (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && SENTENCE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String sentence = text.substring(from, to);
        for (String marker : MARKERS) {
            if (sentence.contains(marker)) {
                return ANNOUNCED_DAYS;
            }
        }
        return USUAL_DAYS;
    }
}
