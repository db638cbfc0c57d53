package org.newskg.extractor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventTriggerFinderTest {

    private final EventTriggerFinder finder = new EventTriggerFinder();

    private List<String> typed(String text) {
        return finder.find(text, TextContext.none()).stream()
                .map(m -> m.text() + "/" + m.attribute(Mention.ATTR_EVENT_TYPE)).toList();
    }

    @Test
    void eachKindOfEvent() {
        assertEquals(List.of("调度会/meeting"), typed("王莉霞主持召开疫情防控调度会。"));
        assertEquals(List.of("暗访/inspection", "检查/inspection"), typed("在呼和浩特市暗访检查疫情防控工作。"));
        assertEquals(List.of("互致贺电/message"), typed("国家主席同阿根廷总统就中阿建交50周年互致贺电。"));
        assertEquals(List.of("看望/visit", "慰问/visit"), typed("看望慰问援呼医疗队队员。"));
        assertEquals(List.of("决赛/competition", "夺冠/competition"), typed("在短道速滑男子1000米决赛中夺冠。"));
        assertEquals(List.of("新闻发布会/announcement"), typed("市政府召开新闻发布会。"));
        assertEquals(List.of("大会/conference"), typed("全区优化营商环境大会在呼和浩特召开。"));
    }

    @Test
    void theLongestWordWins() {
        List<Mention> found = finder.find("自治区党委常委会会议传达学习精神。", TextContext.none());
        assertEquals(1, found.size());
        assertEquals("常委会会议", found.get(0).text());
        assertEquals(5, found.get(0).start());
        assertEquals(10, found.get(0).end());
    }

    @Test
    void nounsForPeopleAndPlacesAreNotEvents() {
        assertEquals(List.of(), typed("他曾任调研员，走进会议室，经过检查站，网站访问量大增。"));
    }
}
