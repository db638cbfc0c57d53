package org.newskg.extractor.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.article.Article;
import org.newskg.extractor.article.ArticleKind;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.mention.MentionType;

/** Invented sentences and names: the patterns, not any page, are under test. */
class EventAssemblerTest {

    private final EventAssembler assembler = new EventAssembler();

    @Test
    void rolesComeFromTheVerbsAfterAndBeforeNames() {
        String text = "本报3月4日讯 3月3日，山河县召开春耕工作座谈会。县长程远航主持会议，副县长任清波出席并讲话，林晓岚出席。";
        List<Mention> body = new ArrayList<>();
        add(body, text, MentionType.DATE, "3月4日", "2031-03-04");
        add(body, text, MentionType.DATE, "3月3日", "2031-03-03");
        add(body, text, MentionType.REGION, "山河县", "山河县");
        body.add(trigger(text, "座谈会", "meeting"));
        add(body, text, MentionType.PERSON, "程远航", "程远航");
        add(body, text, MentionType.PERSON, "任清波", "任清波");
        add(body, text, MentionType.PERSON, "林晓岚", "林晓岚");
        List<EventFact> events = assembler.assemble(article(text), List.of(), body, sentences(text), text);

        EventFact meeting = events.get(0);
        assertEquals("meeting", meeting.type());
        assertEquals("2031-03-03", meeting.date().canonical(), "the dateline's date dates the report, not the meeting");
        assertEquals(Map.of("程远航", "chair", "任清波", "attendee", "林晓岚", "attendee"), roles(meeting));
    }

    @Test
    void messageSenderAndRecipient() {
        String text = "新华社北京5月2日电 5月1日，国家主席章明远向北岸共和国总统卡洛斯·贝略致贺电。";
        List<Mention> body = new ArrayList<>();
        add(body, text, MentionType.DATE, "5月2日", "2031-05-02");
        add(body, text, MentionType.DATE, "5月1日", "2031-05-01");
        add(body, text, MentionType.PERSON, "章明远", "章明远");
        add(body, text, MentionType.PERSON, "卡洛斯·贝略", "卡洛斯·贝略");
        body.add(trigger(text, "贺电", "message"));
        EventFact message = assembler.assemble(article(text), List.of(), body, sentences(text), text).get(0);
        assertEquals("2031-05-01", message.date().canonical());
        assertEquals(Map.of("章明远", "sender", "卡洛斯·贝略", "recipient"), roles(message));
    }

    @Test
    void inspectionLeaderAndPlaceAfterZai() {
        String text = "本报6月9日讯 （记者 蓝若溪） 6月8日，易成林在青石市调研乡村振兴工作。";
        List<Mention> body = new ArrayList<>();
        add(body, text, MentionType.DATE, "6月9日", "2031-06-09");
        add(body, text, MentionType.PERSON, "蓝若溪", "蓝若溪");
        add(body, text, MentionType.DATE, "6月8日", "2031-06-08");
        add(body, text, MentionType.PERSON, "易成林", "易成林");
        add(body, text, MentionType.REGION, "青石市", "青石市");
        body.add(trigger(text, "调研", "inspection"));
        EventFact inspection = assembler.assemble(article(text), List.of(), body, sentences(text), text).get(0);
        assertEquals(Map.of("易成林", "leader"), roles(inspection), "the reporter in the byline takes no part");
        assertEquals("青石市", inspection.place().canonical());
        assertEquals("2031-06-08", inspection.date().canonical());
    }

    @Test
    void aLaterSentenceReportingAnotherDatedEventGivesASecondEvent() {
        String text = "7月2日，白鹭市召开防汛工作会议。7月3日，甘若松在白鹭市检查防汛工作。";
        List<Mention> body = new ArrayList<>();
        add(body, text, MentionType.DATE, "7月2日", "2031-07-02");
        add(body, text, MentionType.REGION, "白鹭市", "白鹭市");
        body.add(trigger(text, "会议", "meeting"));
        add(body, text, MentionType.DATE, "7月3日", "2031-07-03");
        add(body, text, MentionType.PERSON, "甘若松", "甘若松");
        body.add(trigger(text, "检查", "inspection"));
        body.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<EventFact> events = assembler.assemble(article(text), List.of(), body, sentences(text), text);
        assertEquals(2, events.size());
        assertEquals("inspection", events.get(1).type());
        assertEquals("2031-07-03", events.get(1).date().canonical());
        assertEquals(Map.of("甘若松", "leader"), roles(events.get(1)));
    }

    @Test
    void roleVerbsAfterNames() {
        String text = "丁一帆会见秦远山";
        Mention host = Mention.of(MentionType.PERSON, 0, 3, "丁一帆", "丁一帆");
        assertEquals("leader", EventAssembler.roleAfter(text, host));
        String speech = "许知行同志发表讲话";
        assertEquals("speaker", EventAssembler.roleAfter(speech, Mention.of(MentionType.PERSON, 0, 3, "许知行", "许知行")));
        String letter = "卫晨曦致信全体志愿者";
        assertEquals("sender", EventAssembler.roleAfter(letter, Mention.of(MentionType.PERSON, 0, 3, "卫晨曦", "卫晨曦")));
        String none = "卫晨曦认为";
        assertEquals(null, EventAssembler.roleAfter(none, Mention.of(MentionType.PERSON, 0, 3, "卫晨曦", "卫晨曦")));
        String dateline = "本报8月1日讯";
        assertTrue(EventAssembler.isDateline(Mention.of(MentionType.DATE, 2, 6, "8月1日", "2031-08-01"), dateline));
        assertFalse(EventAssembler.isDateline(Mention.of(MentionType.DATE, 0, 4, "8月1日", "2031-08-01"), "8月1日，会议召开"));
    }

    @Test
    void aLaterEventRepeatingAnotherArticlesEventIsDropped() {
        Mention date = Mention.of(MentionType.DATE, 0, 4, "9月5日", "2031-09-05");
        Mention who = Mention.of(MentionType.PERSON, 5, 8, "柯望舒", "柯望舒");
        Mention word = new Mention(MentionType.EVENT_TRIGGER, 9, 11, "检查", "检查", Map.of(Mention.ATTR_EVENT_TYPE, "inspection"));
        Mention meetingWord = new Mention(MentionType.EVENT_TRIGGER, 9, 11, "会议", "会议", Map.of(Mention.ATTR_EVENT_TYPE, "meeting"));
        EventFact inspection = new EventFact("inspection", "a", word, date, null, List.of(new Participation(who, "leader")));
        EventFact meeting = new EventFact("meeting", "b", meetingWord, date, null, List.of(new Participation(who, "chair")));
        Article first = article("x");
        ArticleFacts one = new ArticleFacts(first, List.of(), List.of(), List.of(inspection), List.of());
        ArticleFacts two = new ArticleFacts(first, List.of(), List.of(), List.of(meeting, inspection), List.of());
        List<ArticleFacts> out = EventAssembler.dropRepeatedAcrossArticles(List.of(one, two));
        assertEquals(List.of(inspection), out.get(0).events());
        assertEquals(List.of(meeting), out.get(1).events(), "the meeting article's mention of the inspection repeats it");
    }

    private static Map<String, String> roles(EventFact event) {
        Map<String, String> roles = new LinkedHashMap<>();
        event.participants().forEach(p -> roles.put(p.participant().canonical(), p.role()));
        return roles;
    }

    private static Article article(String text) {
        return new Article(0, null, null, null, List.of(), ArticleKind.values()[0], LocalDate.of(2031, 1, 1), 0, text.length());
    }

    private static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '。') {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(new int[] {start, text.length()});
        }
        return out;
    }

    private static void add(List<Mention> into, String text, MentionType type, String span, String canonical) {
        int at = text.indexOf(span);
        into.add(Mention.of(type, at, at + span.length(), span, canonical));
    }

    private static Mention trigger(String text, String word, String type) {
        int at = text.indexOf(word);
        return new Mention(MentionType.EVENT_TRIGGER, at, at + word.length(), word, word, Map.of(Mention.ATTR_EVENT_TYPE, type));
    }
}
