package org.newskg.extractor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private final DateFinder finder = new DateFinder();

    private static TextContext paperOf(String date) {
        return new TextContext("内蒙古日报", LocalDate.parse(date), null);
    }

    private List<Mention> find(String text, String publication) {
        return finder.find(text, paperOf(publication));
    }

    private Mention only(String text, String publication) {
        List<Mention> mentions = find(text, publication);
        assertEquals(1, mentions.size(), () -> "mentions in " + text + ": " + mentions);
        return mentions.get(0);
    }

    @Test
    void monthDayTakesTheYearOfThePublication() {
        Mention m = only("本报2月19日讯（记者 刘晓冬）", "2022-02-20");
        assertEquals("2月19日", m.text());
        assertEquals("2022-02-19", m.canonical());
        assertEquals("date", m.attribute(Mention.ATTR_DATATYPE));
        assertEquals(MentionType.DATE, m.type());
        assertEquals(2, m.start());
    }

    @Test
    void decemberInAJanuaryPaperIsLastYear() {
        assertEquals("2022-12-28", only("12月28日，全市召开工作会议。", "2023-01-09").canonical());
        assertEquals("2023-02-06", only("将于2月6日启动。", "2023-01-09").canonical());
    }

    @Test
    void fullDatesInArabicAndChineseNumerals() {
        assertEquals("2023-01-13", only("名单于2023年1月13日公布", "2023-01-09").canonical());
        assertEquals("2022-02-19", only("二〇二二年二月十九日", "2023-01-09").canonical());
        assertEquals("2022-02-19", only("二月十九日上午", "2022-02-20").canonical());
    }

    @Test
    void rangesKeepTheStartAndRecordTheEnd() {
        Mention m = only("笔试于1月7日至8日举行", "2023-01-09");
        assertEquals("2023-01-07", m.canonical());
        assertEquals("2023-01-08", m.attribute(Mention.ATTR_END_VALUE));
        List<Mention> days = find("1月6日，会议通知7日—8日集中办理。", "2023-01-09");
        assertEquals("2023-01-07", days.get(1).canonical());
        assertEquals("2023-01-08", days.get(1).attribute(Mention.ATTR_END_VALUE));
    }

    @Test
    void bareDaysFollowTheMonthLastNamed() {
        List<Mention> m = find("分别于2月18日晚和19日中午召开调度会，20日晚闭幕。", "2022-02-20");
        assertEquals(List.of("2022-02-18", "2022-02-19", "2022-02-20"),
                m.stream().map(Mention::canonical).toList());
        assertEquals("2023-01-08", only("自8日起施行新规定。", "2023-01-09").canonical());
        List<Mention> later = find("有效期至2023年3月31日。《通知》8日起施行。", "2023-01-09");
        assertEquals("2023-01-08", later.get(1).canonical());
    }

    @Test
    void relativeDaysCountFromTheReference() {
        TextContext datelined = new TextContext("内蒙古日报", LocalDate.of(2022, 2, 20), LocalDate.of(2022, 2, 19));
        assertEquals("2022-02-19", finder.find("当日共检测1.2万人。", datelined).get(0).canonical());
        List<Mention> m = find("2月7日下午召开会议。当日还调研了企业。", "2022-02-08");
        assertEquals("2022-02-07", m.get(1).canonical());
        assertEquals("2022-02-19", only("昨天，全市新增病例3例。", "2022-02-20").canonical());
        assertEquals("2022", only("今年以来，全区经济平稳运行。", "2022-02-20").canonical());
        Mention lastYear = only("去年全区新增市场主体10万户。", "2022-02-20");
        assertEquals("2021", lastYear.canonical());
        assertEquals("gYear", lastYear.attribute(Mention.ATTR_DATATYPE));
        assertTrue(find("如今年轻人更愿意回乡创业。", "2022-02-20").isEmpty());
        assertTrue(find("“今天再晚也是早，明天再早也是晚。”今天的内蒙古", "2022-02-20").isEmpty());
    }

    @Test
    void lunarDatesGoThroughTheChineseCalendar() {
        assertEquals("2022-02-07", only("时过一年，又值正月初七，春节后首个工作日。", "2022-02-08").canonical());
        assertEquals("2023-01-14", only("腊月二十三是北方的小年。", "2023-01-09").canonical());
        assertEquals("2022-01-31", only("除夕，全家围坐在一起。", "2022-02-08").canonical());
        assertTrue(find("春节期间，全市景区接待游客。", "2022-02-08").isEmpty());
    }

    @Test
    void monthsAndYearsKeepTheirPrecision() {
        Mention end = only("截至2021年底，上线事项1000项。", "2022-02-20");
        assertEquals("2021-12", end.canonical());
        assertEquals("gYearMonth", end.attribute(Mention.ATTR_DATATYPE));
        assertEquals("2022-07", only("2022年7月，和林格尔新区开工。", "2023-02-09").canonical());
        assertEquals("2022-01", only("1月份全区接待游客", "2022-02-20").canonical());
        Mention year = only("2022年，市场主体增长。", "2023-02-09");
        assertEquals("2022", year.canonical());
        Mention span = only("《呼和浩特市质量强市建设实施方案（2021—2023年）》", "2023-01-09");
        assertEquals("2021", span.canonical());
        assertEquals("2023", span.attribute(Mention.ATTR_END_VALUE));
    }

    @Test
    void countsAndDurationsAreNotDates() {
        String text = "推进5G网络建设，24小时在线，详见第1版。纪念建交50周年，推出3日游线路，近3日无新增，"
                + "连续4年突破20亿元，1至3月的时间，5年内基本实现。";
        assertEquals(List.of(), find(text, "2023-01-09"));
    }

    @Test
    void withoutAPublicationDateOnlyTheMonthAndDayAreKnown() {
        Mention m = finder.find("2月19日，石油价格上涨。", TextContext.none()).get(0);
        assertEquals("--02-19", m.canonical());
        assertEquals("gMonthDay", m.attribute(Mention.ATTR_DATATYPE));
        assertNull(m.attribute(Mention.ATTR_END_VALUE));
        assertTrue(finder.find("昨天和今年", TextContext.none()).isEmpty());
    }
}
