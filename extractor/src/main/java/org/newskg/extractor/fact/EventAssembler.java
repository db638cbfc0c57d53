package org.newskg.extractor.fact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.article.Article;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.mention.MentionType;

/**
 * Finds the news events an article reports.
 *
 * <p>The main event is the one its headline, kicker or opening sentence names with an event word
 * (调研, 会议, 贺电 …). Further events are taken from body sentences that report another event
 * of their own: an event word, a date of their own and a person acting in it by a role verb
 * (主持, 出席, 讲话, 致电 …), of a type or date not already reported.
 *
 * <p>For each event: the date is the first date of its sentence that is not the dateline's
 * (a date followed by 电 or 讯 dates the report, not the event), else the dateline's; the place
 * the region or site after 在, 深入, 来到 or 赴, else the first of the sentence; the participants
 * the persons named there, each in the role its verb gives: {@code X主持} chair, {@code X出席}
 * attendee, {@code X讲话}/{@code X发表讲话} speaker, {@code X会见Y} leader and attendee,
 * {@code X致电}/{@code X致信} sender, {@code 向Y}/{@code 致Y} recipient, {@code X在Y调研} leader;
 * without a verb the first person leads and the others attend.
 */
public final class EventAssembler {

    private static final Map<String, String> LEAD_ROLE = Map.of(
            "message", "sender",
            "meeting", "chair",
            "conference", "attendee",
            "competition", "attendee");

    /** Verbs right after a name, longest first, with the role they give that person. */
    private static final Map<String, String> ROLE_AFTER = new LinkedHashMap<>();

    static {
        for (String v : List.of("发表重要讲话", "发表讲话", "作重要讲话", "作讲话", "讲话", "致辞", "作报告", "作总结")) {
            ROLE_AFTER.put(v, "speaker");
        }
        for (String v : List.of("主持召开", "主持会议", "主持", "召开", "召集")) {
            ROLE_AFTER.put(v, "chair");
        }
        for (String v : List.of("出席", "参加", "列席", "陪同", "参会")) {
            ROLE_AFTER.put(v, "attendee");
        }
        for (String v : List.of("会见", "会晤", "接见", "率队", "带队")) {
            ROLE_AFTER.put(v, "leader");
        }
        for (String v : List.of("致电", "致信", "致函", "复信", "回信", "发来贺电", "发来贺信", "致贺电", "致贺信", "互致贺电", "致以")) {
            ROLE_AFTER.put(v, "sender");
        }
    }

    /** Titles written right after a name as a form of address, before the verb. */
    private static final java.util.regex.Pattern TITLE_AFTER_NAME = java.util.regex.Pattern.compile(
            "(?:总书记|委员长|副委员长|副主席|主席|副总理|总理|国务委员|书记|副书记|省长|市长|部长|主任)(?=主持|出席|讲话|发表|会见|召开|致|作|在|参加|陪同)");

    /** Words of inspection ending an {@code X在Y…} clause: X leads it. */
    private static final List<String> INSPECTION_VERBS = List.of("调研", "检查", "暗访", "督查", "督导", "视察", "考察", "走访", "慰问");

    /** Words before a name that make its holder the addressee or guest. */
    private static final Map<String, String> ROLE_BEFORE = Map.of(
            "向", "recipient", "致", "recipient", "会见", "attendee", "会晤", "attendee", "接见", "attendee");

    /** How many opening sentences may give the date of an event the headline names. */
    private static final int LEAD_SENTENCES = 3;

    /** Words before a name that make it a byline (记者 X), not a participant. */
    private static final List<String> BYLINE_MARKERS = List.of("记者", "通讯员", "摄影", "实习生", "撰稿");

    private static final List<String> PLACE_MARKERS = List.of("深入", "来到", "前往", "在", "赴", "到");

    private static final Set<String> MESSAGE_WORDS = Set.of("贺电", "贺信", "唁电", "慰问电", "复信", "回信", "致信", "致电");

    /**
     * @param headlineMentions mentions found in the headline and kicker, offsets into that text
     * @param bodyMentions     mentions of the body, offsets into the page text
     * @param sentences        the body's sentences as page offsets
     */
    public List<EventFact> assemble(Article article, List<Mention> headlineMentions,
                                    List<Mention> bodyMentions, List<int[]> sentences) {
        return assemble(article, headlineMentions, bodyMentions, sentences, null);
    }

    /**
     * @param pageText the page text the body offsets point into, for the verbs around names; null
     *                 gives the plain reading (first person leads, no dateline check)
     */
    public List<EventFact> assemble(Article article, List<Mention> headlineMentions,
                                    List<Mention> bodyMentions, List<int[]> sentences, String pageText) {
        Mention trigger = first(headlineMentions, MentionType.EVENT_TRIGGER);
        List<Mention> scope = headlineMentions;
        int used = -1;
        if (trigger == null) {
            for (int i = 0; i < Math.min(2, sentences.size()); i++) {
                int[] sentence = sentences.get(i);
                List<Mention> inSentence = within(bodyMentions, sentence[0], sentence[1]);
                trigger = first(inSentence, MentionType.EVENT_TRIGGER);
                if (trigger != null) {
                    scope = inSentence;
                    used = i;
                    break;
                }
            }
        }
        if (trigger == null) {
            return List.of();
        }
        String type = typeOf(trigger);
        List<Mention> opening = sentences.isEmpty() ? List.of()
                : within(bodyMentions, sentences.get(0)[0], sentences.get(0)[1]);
        List<Mention> persons = persons(scope, pageText);
        List<Mention> personScope = scope;
        if (persons.isEmpty() && scope == headlineMentions) {
            persons = persons(opening, pageText);
            personScope = opening;
        }
        int next = scope == headlineMentions ? 1 : used + 1;
        if (persons.isEmpty() && pageText != null && next < sentences.size()) {
            // "…闭幕式20日晚举行。X将出席闭幕式。" / "…召开座谈会。X主持会议": the next sentence names who takes part.
            List<Mention> following = within(bodyMentions, sentences.get(next)[0], sentences.get(next)[1]);
            List<Mention> acting = persons(following, pageText).stream().filter(p -> roleAfter(pageText, p) != null).toList();
            if (!acting.isEmpty()) {
                persons = acting;
                personScope = following;
            }
        }
        Mention date = eventDate(scope, pageText);
        if (date == null || (isDateline(date, pageText) && scope == headlineMentions)) {
            for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.size()); i++) {
                Mention d = eventDate(within(bodyMentions, sentences.get(i)[0], sentences.get(i)[1]), pageText);
                if (d != null && (date == null || !isDateline(d, pageText))) {
                    date = d;
                    if (!isDateline(d, pageText)) {
                        break;
                    }
                }
            }
        }
        Mention place = place(scope, pageText);
        if (place == null && scope == headlineMentions) {
            place = markedPlace(opening, pageText);
        }
        List<Participation> participants = participants(type, persons, pageText, personScope);
        String label = article.kicker() != null ? article.kicker()
                : article.headline() != null ? article.headline()
                : participants.stream().map(p -> p.participant().canonical()).reduce((a, b) -> a + "、" + b).orElse("")
                  + trigger.text();
        List<EventFact> events = new ArrayList<>();
        events.add(new EventFact(type, label, trigger, date, place, participants));
        if (pageText != null) {
            events.addAll(furtherEvents(events, bodyMentions, sentences, used, pageText));
        }
        return events;
    }

    /**
     * Body sentences reporting an event of their own: an event word, a date of their own (not the
     * dateline) and someone acting by a role verb; kept when no event of that type and date is
     * reported yet.
     */
    private List<EventFact> furtherEvents(List<EventFact> found, List<Mention> bodyMentions, List<int[]> sentences,
                                          int used, String text) {
        List<EventFact> more = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EventFact e : found) {
            seen.add(e.type() + "|" + (e.date() == null ? "" : e.date().canonical()));
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (i == used) {
                continue;
            }
            List<Mention> inSentence = within(bodyMentions, sentences.get(i)[0], sentences.get(i)[1]);
            Mention trigger = first(inSentence, MentionType.EVENT_TRIGGER);
            Mention date = eventDate(inSentence, text);
            if (trigger == null || date != null && isDateline(date, text)) {
                continue;
            }
            String type = typeOf(trigger);
            if ("other".equals(type) || "announcement".equals(type)) {
                continue;
            }
            int sentenceEnd = sentences.get(i)[1];
            List<Mention> acting = persons(inSentence, text).stream()
                    .filter(p -> roleAfter(text, p) != null || inspectionLeader(text, p, sentenceEnd)).toList();
            if (acting.isEmpty()) {
                continue;
            }
            if (date == null) {
                // 调研期间，X主持召开座谈会: a meeting inside the main event, on its day.
                boolean held = ("meeting".equals(type) || "conference".equals(type))
                        && acting.stream().anyMatch(p -> "chair".equals(roleAfter(text, p)));
                date = found.get(0).date();
                if (!held || date == null || type.equals(found.get(0).type())) {
                    continue;
                }
            }
            String key = type + "|" + date.canonical();
            if (!seen.add(key)) {
                continue;
            }
            List<Participation> participants = participants(type, persons(inSentence, text), text, inSentence);
            String label = text.substring(sentences.get(i)[0], Math.min(sentences.get(i)[1], sentences.get(i)[0] + 60)).strip();
            more.add(new EventFact(type, label, trigger, date, place(inSentence, text), participants));
        }
        return more;
    }

    /**
     * One real event reported by two articles of a page gives one node: an event that is not its
     * article's main one (a later sentence's) is dropped when another article of the page reports
     * an event of the same type and date with a participant in common.
     */
    public static List<ArticleFacts> dropRepeatedAcrossArticles(List<ArticleFacts> articles) {
        List<ArticleFacts> out = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            ArticleFacts facts = articles.get(a);
            List<EventFact> kept = new ArrayList<>();
            for (int k = 0; k < facts.events().size(); k++) {
                EventFact e = facts.events().get(k);
                boolean repeated = false;
                for (int b = 0; b < articles.size() && k > 0 && !repeated; b++) {
                    if (b == a) {
                        continue;
                    }
                    for (EventFact other : articles.get(b).events()) {
                        if (sameEvent(e, other)) {
                            repeated = true;
                            break;
                        }
                    }
                }
                if (!repeated) {
                    kept.add(e);
                }
            }
            out.add(kept.size() == facts.events().size() ? facts
                    : new ArticleFacts(facts.article(), facts.mentions(), facts.posts(), kept, facts.sentences()));
        }
        return out;
    }

    private static boolean sameEvent(EventFact a, EventFact b) {
        if (!a.type().equals(b.type()) || a.date() == null || b.date() == null
                || !a.date().canonical().equals(b.date().canonical())) {
            return false;
        }
        Set<String> names = new HashSet<>();
        a.participants().forEach(p -> names.add(p.participant().canonical()));
        return b.participants().stream().anyMatch(p -> names.contains(p.participant().canonical()));
    }

    private List<Participation> participants(String type, List<Mention> persons, String text, List<Mention> scope) {
        List<Participation> participants = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int sentenceEnd = scope.stream().mapToInt(Mention::end).max().orElse(-1);
        for (Mention p : persons) {
            if (names.contains(p.canonical())) {
                continue;
            }
            String role = null;
            if (text != null && p.start() >= 0) {
                role = roleBefore(text, p);
                if (role == null) {
                    role = roleAfter(text, p);
                }
                if (role == null && inspectionLeader(text, p, sentenceEnd)) {
                    role = "leader";
                }
            }
            if (role == null) {
                role = names.isEmpty() ? LEAD_ROLE.getOrDefault(type, "leader")
                        : ("message".equals(type) ? "sender" : "attendee");
            }
            names.add(p.canonical());
            participants.add(new Participation(p, role));
        }
        return participants;
    }

    /** The role a verb right after the name gives (through 将, 也, 还, 同志, 一同 and spaces). */
    static String roleAfter(String text, Mention person) {
        if (text == null || person.start() < 0 || person.end() > text.length()) {
            return null;
        }
        int i = skip(text, person.end());
        java.util.regex.Matcher address = TITLE_AFTER_NAME.matcher(text).region(i, text.length());
        if (address.lookingAt()) {
            // 赵某委员长主持: the title after the name stands between it and the verb.
            i = address.end();
        }
        for (String filler : List.of("同志", "一同", "一起", "将", "也", "还", "亲自", "分别", "随即")) {
            if (text.startsWith(filler, i)) {
                i = skip(text, i + filler.length());
            }
        }
        for (Map.Entry<String, String> v : ROLE_AFTER.entrySet()) {
            if (text.startsWith(v.getKey(), i)) {
                return v.getValue();
            }
        }
        // X向Y致贺电 / X就…致电: the sender acts through a 向/就/同 clause.
        if (text.startsWith("向", i) || text.startsWith("就", i) || text.startsWith("同", i)) {
            int end = clauseEnd(text, i, i + 40);
            String clause = text.substring(i, end);
            for (String w : MESSAGE_WORDS) {
                if (clause.contains(w)) {
                    return "sender";
                }
            }
        }
        return null;
    }

    /** {@code X在Y调研}: X followed by 在 and an inspection word before the clause ends. */
    static boolean inspectionLeader(String text, Mention person, int limit) {
        if (text == null || person.start() < 0) {
            return false;
        }
        int i = skip(text, person.end());
        if (!text.startsWith("在", i) && !text.startsWith("深入", i) && !text.startsWith("来到", i) && !text.startsWith("赴", i)) {
            return false;
        }
        int end = clauseEnd(text, i, limit < 0 ? i + 40 : Math.min(limit, i + 40));
        String clause = text.substring(i, end);
        return INSPECTION_VERBS.stream().anyMatch(clause::contains);
    }

    /** 向Y, 致Y, 会见Y in the same clause before the name, with at most a title between. */
    private static String roleBefore(String text, Mention person) {
        int i = person.start();
        String before = text.substring(Math.max(0, i - 12), i);
        int cut = -1;
        for (char c : new char[] {'，', '。', '、', '；', '：', '\n'}) {
            cut = Math.max(cut, before.lastIndexOf(c));
        }
        before = before.substring(cut + 1);
        int best = -1;
        String role = null;
        for (Map.Entry<String, String> m : ROLE_BEFORE.entrySet()) {
            int at = before.lastIndexOf(m.getKey());
            if (at > best) {
                best = at;
                role = m.getValue();
            }
        }
        return role;
    }

    private static int clauseEnd(String text, int from, int limit) {
        int end = Math.min(text.length(), Math.max(from, limit));
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if (c == '，' || c == '。' || c == '；' || c == '！' || c == '？' || c == '\n') {
                return k;
            }
        }
        return end;
    }

    private static int skip(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The first date of the mentions that is not a dateline, else the first date. */
    private static Mention eventDate(List<Mention> mentions, String text) {
        Mention first = null;
        for (Mention m : mentions) {
            if (m.type() != MentionType.DATE) {
                continue;
            }
            if (!isDateline(m, text)) {
                return m;
            }
            if (first == null) {
                first = m;
            }
        }
        return first;
    }

    /** A date followed by 电 or 讯 (新华社北京2月7日电, 本报2月7日讯) dates the report. */
    static boolean isDateline(Mention date, String text) {
        if (text == null || date.start() < 0 || date.end() > text.length()) {
            return false;
        }
        int i = skip(text, date.end());
        return i < text.length() && (text.charAt(i) == '电' || text.charAt(i) == '讯');
    }

    /** The region or site after 在, 深入, 来到, 赴 …, else the first one. */
    private static Mention place(List<Mention> scope, String text) {
        Mention marked = markedPlace(scope, text);
        if (marked != null) {
            return marked;
        }
        return scope.stream()
                .filter(m -> m.type() == MentionType.REGION || m.type() == MentionType.SITE)
                .findFirst().orElse(null);
    }

    private static Mention markedPlace(List<Mention> scope, String text) {
        if (text == null) {
            return null;
        }
        for (Mention m : scope) {
            if ((m.type() != MentionType.REGION && m.type() != MentionType.SITE) || m.start() < 0) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 2), m.start());
            for (String marker : PLACE_MARKERS) {
                if (before.endsWith(marker)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static String typeOf(Mention trigger) {
        return trigger.attribute(Mention.ATTR_EVENT_TYPE) != null ? trigger.attribute(Mention.ATTR_EVENT_TYPE) : "other";
    }

    private static List<Mention> persons(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.type() == MentionType.PERSON && !byline(m, text) && !isRegionName(m)).toList();
    }

    /** A province or country taken for a person (辽宁, 湖南) never takes part in an event as one. */
    static boolean isRegionName(Mention person) {
        return org.newskg.extractor.mention.RegionGazetteer.bundled()
                .readings(person.canonical(), org.newskg.extractor.mention.TextContext.none()).stream()
                .anyMatch(form -> form.region().level() == org.newskg.extractor.mention.RegionLevel.PROVINCE
                        || form.region().level() == org.newskg.extractor.mention.RegionLevel.COUNTRY);
    }

    /** A name right after 记者, 通讯员 … in the same clause is the author's, not a participant's. */
    private static boolean byline(Mention person, String text) {
        if (text == null || person.start() < 0 || person.start() > text.length()) {
            return false;
        }
        String before = text.substring(Math.max(0, person.start() - 8), person.start());
        int cut = Math.max(before.lastIndexOf('，'), Math.max(before.lastIndexOf('。'), before.lastIndexOf('）')));
        String clause = before.substring(cut + 1);
        return BYLINE_MARKERS.stream().anyMatch(clause::contains);
    }

    private static Mention first(List<Mention> mentions, MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).findFirst().orElse(null);
    }

    private static List<Mention> within(List<Mention> mentions, int start, int end) {
        return mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
    }
}
