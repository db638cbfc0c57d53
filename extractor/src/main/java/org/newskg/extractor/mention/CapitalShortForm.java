package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 京 for 北京市 where news writes it alone: after a verb of being or moving there (会议在京闭幕,
 * 抵京, 来京访问, 离京回国). Elsewhere 京 is part of other words (京剧, 京东, 京津冀), so it is read
 * only in these places, and never before a character that makes such a word with it.
 */
final class CapitalShortForm {

    private static final Pattern BEFORE_VERB = Pattern.compile("(?<=[在来抵进离赴返回留驻])京(?![东剧津城腔味韵华沪港广西北南哈藏九])");

    /** The spans of 京 meaning 北京市. */
    static List<int[]> find(String text) {
        List<int[]> spans = new ArrayList<>();
        if (text.indexOf('京') < 0) {
            return spans;
        }
        Matcher m = BEFORE_VERB.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private CapitalShortForm() {
    }
}
