package org.newskg.extractor.mention;

import org.newskg.extractor.fact.PostHolding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extractor.token.Tokenizer;

/**
 * Finds who holds which post: the title chain written before each person mention, split into
 * one post per title, each expanded by the paper's conventions. A name listed in a byline right
 * after another (本报记者X Y) shares its title.
 */
public final class PostFinder {

    /** An appointment right after a name, whose title chain follows (X同志任…; X不再担任…职务). */
    private static final Pattern APPOINTED = Pattern.compile("(?:同志)?(?:不再担任|不再兼任|同时兼任|担任|兼任|出任|当选为|当选|辞去|任)");
    /** Verbs of 选举X为… that make the change an election rather than an appointment. */
    private static final Pattern ELECTING = Pattern.compile("选举|推选|补选|增补|推举");
    /** 任命X为…: the appointing verb earlier in the clause, 为 right after the name. */
    private static final Pattern APPOINTING = Pattern.compile("任命|提名|选举|推选|补选|增补|聘任|聘请|推举|决定任");
    /** 免去X的…职务: the removing verb earlier in the clause, 的 right after the name. */
    private static final Pattern REMOVING = Pattern.compile("免去|撤销|罢免|免除");
    /** Written before a title chain, it makes every title in it a past holding. */
    private static final Pattern THEN_SERVING = Pattern.compile("(?:时任|原任|前任)$");
    private static final String CLAUSE_ENDS = "。；！？\n";

    private final TitleChainParser parser;
    private final TitleExpander expander = new TitleExpander();
    private final TitlesAfterName addressed = new TitlesAfterName();

    public PostFinder() {
        this(HanlpRecognizer.instance());
    }

    public PostFinder(Tokenizer recognizer) {
        this.parser = new TitleChainParser(recognizer);
    }

    /** One holding per person and title; the first time the text gives it wins. */
    public List<PostHolding> find(String text, List<Mention> persons, TextContext context) {
        List<Mention> ordered = persons.stream()
                .filter(p -> p.type() == MentionType.PERSON)
                .sorted(Comparator.comparingInt(Mention::start))
                .toList();
        List<PostHolding> holdings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Mention previousPerson = null;
        List<Mention> previousTitles = List.of();
        for (Mention person : ordered) {
            int leftLimit = previousPerson == null ? 0 : Math.min(previousPerson.end(), person.start());
            List<Mention> titles = titlesBefore(text, person, leftLimit, context);
            if (titles.isEmpty() && previousPerson != null && listedTogether(text, previousPerson, person)
                    && (isByline(previousTitles) || isShared(previousTitles))) {
                titles = previousTitles;
            }
            titles = new ArrayList<>(titles);
            titles.addAll(titlesAfter(text, person, context));
            for (Mention title : titles) {
                if (!restatesEarlierTitle(holdings, person, title)
                        && seen.add(person.canonical() + "|" + title.canonical())) {
                    holdings.add(new PostHolding(person, title));
                }
            }
            previousPerson = person;
            previousTitles = titles;
        }
        return holdings;
    }

    /** The TITLE mentions the holdings rest on, each span once. */
    public List<Mention> titles(String text, List<Mention> persons, TextContext context) {
        Map<String, Mention> bySpan = new LinkedHashMap<>();
        for (PostHolding holding : find(text, persons, context)) {
            bySpan.putIfAbsent(holding.title().start() + ":" + holding.title().end(), holding.title());
        }
        return List.copyOf(bySpan.values());
    }

    private List<Mention> titlesBefore(String text, Mention person, int leftLimit, TextContext context) {
        List<Mention> titles = new ArrayList<>();
        TitleExpander.Expansion previous = null;
        List<TitleSegment> segments = parser.parse(text, reporterTitleEnd(text, person.start(), leftLimit), leftLimit);
        // 时任浙江省委书记、省长X: every title of the chain was held then, not now.
        boolean former = !segments.isEmpty() && THEN_SERVING.matcher(text)
                .region(Math.max(0, segments.get(0).start() - 2), segments.get(0).start()).find();
        for (TitleSegment segment : segments) {
            previous = expander.expand(text, segment, previous, context);
            Mention title = concurrent(text, previous.mention());
            titles.add(former ? HoldingAttributes.with(title, HoldingAttributes.STANDING, HoldingAttributes.FORMER) : title);
        }
        return titles;
    }

    /**
     * Titles written after the name: the chain an appointment gives (X同志任自治区党委委员、常委、书记;
     * …不再担任…职务; 任命X为…副主任委员; 免去X的…委员职务), else a title addressing the person
     * (习近平总书记, 邦戈总统). A bare one often restates a title the page gives in full elsewhere,
     * perhaps in another article: {@code PostRestatements} drops it then.
     */
    private List<Mention> titlesAfter(String text, Mention person, TextContext context) {
        Matcher appointed = APPOINTED.matcher(text).region(person.end(), text.length());
        int from;
        String change;
        if (appointed.lookingAt()) {
            from = appointed.end();
            change = changeOf(appointed.group());
        } else if (text.startsWith("为", person.end()) && clauseBeforeHas(text, person.start(), APPOINTING)) {
            from = person.end() + 1;
            change = clauseBeforeHas(text, person.start(), ELECTING) ? "elected" : "appointed";
        } else if (text.startsWith("的", person.end()) && clauseBeforeHas(text, person.start(), REMOVING)) {
            from = person.end() + 1;
            change = "removed";
        } else {
            return addressed.at(text, person.end()).map(segment -> List.of(addressed.mention(segment))).orElse(List.of());
        }
        List<Mention> titles = new ArrayList<>();
        while (true) {
            int to = from;
            while (to < text.length() && "，。；：！？\n".indexOf(text.charAt(to)) < 0) {
                to++;
            }
            int chainEnd = text.startsWith("职务", to - 2) ? to - 2 : to;
            TitleExpander.Expansion previous = null;
            for (TitleSegment segment : parser.parse(text, chainEnd, from)) {
                previous = expander.expand(text, segment, previous, context);
                Mention title = HoldingAttributes.with(concurrent(text, previous.mention()), HoldingAttributes.CHANGE, change);
                if ("concurrent".equals(change)) {
                    title = HoldingAttributes.with(title, HoldingAttributes.CONCURRENT, "true");
                }
                titles.add(title);
            }
            // X同志任A省委书记，不再担任B省委书记职务: the clause after the comma is X's too.
            Matcher more = CONTINUED.matcher(text).region(Math.min(to + 1, text.length()), text.length());
            if (to >= text.length() || text.charAt(to) != '，' || !more.lookingAt()) {
                return titles;
            }
            from = more.end();
            change = changeOf(more.group());
        }
    }

    /** The kind of change the verb after a name reports. */
    private static String changeOf(String verb) {
        if (verb.contains("不再")) {
            return "removed";
        }
        if (verb.contains("辞去")) {
            return "resigned";
        }
        if (verb.contains("当选")) {
            return "elected";
        }
        return verb.contains("兼任") ? "concurrent" : "appointed";
    }

    /** A title after 兼 is held beside the one before it (副主席兼秘书长). */
    private static Mention concurrent(String text, Mention title) {
        int at = title.start();
        return at > 0 && text.charAt(at - 1) == '兼' ? HoldingAttributes.with(title, HoldingAttributes.CONCURRENT, "true") : title;
    }

    /** A clause that goes on with the same person's posts after a comma (…，不再担任…职务). */
    private static final Pattern CONTINUED = Pattern.compile("(?:不再担任|不再兼任|兼任|同时兼任)");

    /**
     * Where the title before a name ends: right before it, or before the spaces a byline leaves
     * between 记者 and the name ((记者 王某某 张某某)).
     */
    private static int reporterTitleEnd(String text, int nameStart, int leftLimit) {
        int at = nameStart;
        while (at > leftLimit && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\u3000')) {
            at--;
        }
        if (at == nameStart) {
            return nameStart;
        }
        String head = TitleLexicon.instance().headEndingAt(text, at);
        return head != null && "reporter".equals(TitleLexicon.instance().roleOf(head)) ? at : nameStart;
    }

    /** Whether the clause before {@code at} (back to the last 。 or ；) holds the verb: 任命甲为…，乙为…. */
    private static boolean clauseBeforeHas(String text, int at, Pattern verb) {
        int from = at;
        while (from > 0 && CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0 && at - from < 80) {
            from--;
        }
        return verb.matcher(text).region(from, at).find();
    }

    /**
     * A headline shortens a title the article gives in full (阿根廷总统 for 阿根廷共和国总统):
     * the same post, not a second one.
     */
    private static boolean restatesEarlierTitle(List<PostHolding> holdings, Mention person, Mention title) {
        for (PostHolding holding : holdings) {
            String earlier = holding.title().canonical();
            String later = title.canonical();
            if (holding.person().canonical().equals(person.canonical()) && !earlier.equals(later)
                    && sameLastChar(earlier, later) && isAbbreviationOf(later, earlier)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLastChar(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
    }

    /** Whether every character of {@code shorter} occurs in {@code longer} in the same order. */
    private static boolean isAbbreviationOf(String shorter, String longer) {
        int at = 0;
        for (int i = 0; i < longer.length() && at < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(at)) {
                at++;
            }
        }
        return at == shorter.length() && shorter.length() < longer.length();
    }

    /** Only bylines list names that share one title; 书记X、Y gives Y no post. */
    private static boolean isByline(List<Mention> titles) {
        return !titles.isEmpty() && titles.stream()
                .allMatch(t -> "reporter".equals(TitleLexicon.instance().roleOf(t.canonical())));
    }

    /**
     * A deputy's or a member's post is held by several people at once, so names listed after it
     * share it (全国政协副主席X、Y、Z); a post one person holds (书记X、Y) is not shared.
     */
    private static boolean isShared(List<Mention> titles) {
        if (titles.size() != 1) {
            return false;
        }
        String title = titles.get(0).text();
        String head = TitleLexicon.instance().headEndingAt(title, title.length());
        return head != null && (head.startsWith("副") || head.endsWith("委员") || head.equals("常委"));
    }

    /** Names only a space or 、 apart, as bylines list them, with nothing else between. */
    private static boolean listedTogether(String text, Mention previous, Mention person) {
        if (previous.end() > person.start()) {
            return false;
        }
        String between = text.substring(previous.end(), person.start());
        return between.isBlank() || between.strip().equals("、");
    }
}
