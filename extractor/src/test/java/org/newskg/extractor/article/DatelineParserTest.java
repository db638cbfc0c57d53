package org.newskg.extractor.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineParserTest {

    private final DatelineParser parser = new DatelineParser();

    @Test
    void readsLocalDatelineWithReporter() {
        String line = "本报2月7日讯（记者 章奎）2月7日下午，自治区政府召开政务服务工作座谈会。";
        DatelineParser.Dateline d = parser.parse(line).orElseThrow();
        assertEquals("本报2月7日讯", d.text());
        assertEquals(List.of("章奎"), d.authors());
        assertEquals("2月7日下午", line.substring(d.end(), d.end() + 6));
        assertEquals(LocalDate.of(2022, 2, 7), d.date(LocalDate.of(2022, 2, 8)));
    }

    @Test
    void readsPlaceDatelinesAndAgencies() {
        assertEquals("本报呼和浩特2月19日讯", parser.parse("本报呼和浩特2月19日讯（记者皇甫秀玲）在刚刚闭幕的两会上").orElseThrow().text());
        DatelineParser.Dateline xinhua = parser.parse("新华社北京2月7日电 1月27日，国家主席复信。").orElseThrow();
        assertEquals("新华社北京2月7日电", xinhua.text());
        assertTrue(xinhua.authors().isEmpty());
        DatelineParser.Dateline undated = parser.parse("本报讯(记者 阿柔娜)近日，市委老干部局举办培训班。").orElseThrow();
        assertEquals("本报讯", undated.text());
        assertNull(undated.date(LocalDate.of(2023, 2, 9)));
        assertEquals(List.of("阿柔娜"), undated.authors());
    }

    @Test
    void decemberDatelineInJanuaryIssueIsLastYear() {
        DatelineParser.Dateline d = parser.parse("本报12月31日讯 全市迎来新年。").orElseThrow();
        assertEquals(LocalDate.of(2022, 12, 31), d.date(LocalDate.of(2023, 1, 2)));
    }

    @Test
    void ordinaryTextIsNoDateline() {
        assertTrue(parser.parse("本报记者从乌拉特海关获悉，外贸总额增长。").isEmpty());
        assertTrue(parser.parse("2月19日，自治区党委书记检查工作。").isEmpty());
    }
}
