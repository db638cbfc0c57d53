package org.newskg.extractor.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, 0, text.length()).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void splitsAtChineseStops() {
        assertEquals(List.of("集中隔离是切断疫情传播的重要环节。", "石泰峰来到新城区集中隔离点；", "他强调，要确保万无一失！"),
                sentences("集中隔离是切断疫情传播的重要环节。石泰峰来到新城区集中隔离点；他强调，要确保万无一失！"));
    }

    @Test
    void keepsClosingQuoteWithItsSentence() {
        assertEquals(List.of("“让我们办事感到既方便又贴心。”", "该公司总经理助理说。"),
                sentences("“让我们办事感到既方便又贴心。”该公司总经理助理说。"));
    }

    @Test
    void doesNotSplitInsideQuotes() {
        assertEquals(List.of("他说：“今天再晚也是早。明天再早也是晚”，各级要按下快进键。"),
                sentences("他说：“今天再晚也是早。明天再早也是晚”，各级要按下快进键。"));
    }

    @Test
    void lineEndsEndSentences() {
        assertEquals(List.of("春节假期", "全区实现国内旅游收入23.17亿元"),
                sentences("春节假期\n全区实现国内旅游收入23.17亿元\n"));
    }

    @Test
    void respectsTheRangeAndReportsPageOffsets() {
        String text = "标题\n本报讯 首府启动项目。代表们表示支持。";
        List<int[]> spans = splitter.split(text, 3, text.length());
        assertEquals(2, spans.size());
        assertEquals("本报讯 首府启动项目。", text.substring(spans.get(0)[0], spans.get(0)[1]));
        assertEquals(text.length(), spans.get(1)[1]);
    }
}
