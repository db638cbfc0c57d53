package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.token.Tokenizer;

/**
 * Finds the people an article names. HanLP proposes names; bylines and title chains propose
 * names it missed; the context around every occurrence (a title before, a verb after, a list of
 * names, a byline) decides which proposals are people. A name confirmed once is a name
 * wherever else it occurs in the text.
 */
public final class PersonFinder implements MentionFinder {

    private static final int MAX_ROUNDS = 8;
    private static final Map<String, Integer> ROLE_PRIORITY = Map.of(
            "photographer", 6, "reporter", 5, "foreign-leader", 4, "athlete", 3,
            "official", 2, "interviewee", 1, "other", 0);

    private final Tokenizer recognizer;
    private final SurnameLexicon surnames = SurnameLexicon.instance();
    private final TitleLexicon titles = TitleLexicon.instance();
    private final PersonCandidates shapes;
    private final PersonBylineReader bylines;
    private final PersonEvidence evidence;
    private final List<String> organizationSuffixes = PersonWordList.lines("person-org-suffixes.txt");

    public PersonFinder() {
        this(HanlpRecognizer.instance());
    }

    public PersonFinder(Tokenizer recognizer) {
        this.recognizer = recognizer;
        this.shapes = new PersonCandidates(Set.copyOf(PersonWordList.lines("person-verbs-after.txt")), recognizer);
        this.bylines = new PersonBylineReader(PersonWordList.lines("person-byline-markers.txt"));
        this.evidence = new PersonEvidence(recognizer, shapes, Set.copyOf(PersonWordList.lines("person-generic.txt")));
    }

    @Override
    public List<Mention> find(String text, TextContext context) {
        List<PersonCandidate> candidates = candidates(text);
        Map<String, String> roles = confirm(text, candidates);
        List<PersonCandidate> accepted = new ArrayList<>();
        for (PersonCandidate cut : candidates) {
            PersonCandidate candidate = completed(text, cut, roles.keySet());
            if (roles.containsKey(candidate.name()) && accepted.stream().noneMatch(candidate::overlaps)
                    && !namesOrganization(text, candidate)) {
                accepted.add(candidate);
            }
        }
        addRepeats(text, roles.keySet(), accepted);
        accepted.removeIf(candidate -> namesOrganization(text, candidate));
        accepted.sort(Comparator.comparingInt(PersonCandidate::start));
        Map<String, String> canonical = canonicalNames(roles.keySet());
        List<Mention> mentions = new ArrayList<>();
        for (PersonCandidate candidate : accepted) {
            String name = canonical.getOrDefault(candidate.name(), candidate.name());
            String role = roles.getOrDefault(name, roles.get(candidate.name()));
            mentions.add(new Mention(MentionType.PERSON, candidate.start(), candidate.end(), candidate.name(),
                    name, role == null ? Map.of() : Map.of(Mention.ATTR_ROLE, role)));
        }
        return mentions;
    }

    /** Bylines first: they know names HanLP cuts up; then HanLP's names; then title-chain names. */
    private List<PersonCandidate> candidates(String text) {
        List<PersonCandidate> hanlp = shapes.fromTokens(text, recognizer.segment(text));
        List<PersonCandidate> all = new ArrayList<>(bylines.read(text, hanlp));
        addUnlessOverlapping(all, bylines.readSourceSignatures(text), (piece, whole) -> false);
        addUnlessOverlapping(all, hanlp.stream().filter(c -> plausible(text, c)).toList(), (piece, whole) -> false);
        List<PersonCandidate> missed = new ArrayList<>(addressedAsComrade(text));
        missed.addAll(openingClauseBeforeVerb(text));
        missed.addAll(namedByAppointment(text));
        // HanLP cuts 孙某骋同志 into 孙某|骋|同志: the name that ends at 同志 replaces the piece.
        addUnlessOverlapping(all, missed, (piece, whole) -> piece.origin() == PersonCandidate.Origin.HANLP);
        // 柏琦、闵|翔、阙铮: HanLP's pieces of an item give way to the whole item.
        addUnlessOverlapping(all, listItems(text), (piece, whole) -> piece.origin() == PersonCandidate.Origin.HANLP
                && piece.length() < whole.length());
        // HanLP cuts 韩明远在 into 韩明|远在 and 教授郭孔辉 into 郭|孔辉; right after a title, the longer
        // name that ends at a verb or punctuation is the better reading of its pieces.
        addUnlessOverlapping(all, missedAfterTitles(text), (piece, whole) -> piece.origin() != PersonCandidate.Origin.BYLINE
                && piece.length() < whole.length());
        return all;
    }

    /**
     * Adds each of {@code found} that overlaps none of {@code all}, after removing from {@code all}
     * the candidates inside it that {@code givesWay} says are pieces of it.
     */
    private static void addUnlessOverlapping(List<PersonCandidate> all, List<PersonCandidate> found,
                                             BiPredicate<PersonCandidate, PersonCandidate> givesWay) {
        for (PersonCandidate whole : found) {
            all.removeIf(piece -> whole.covers(piece) && givesWay.test(piece, whole));
            if (all.stream().noneMatch(whole::overlaps)) {
                all.add(whole);
            }
        }
    }

    private boolean plausible(String text, PersonCandidate candidate) {
        String name = candidate.name();
        if (evidence.isImpossible(name) || evidence.crossesWordAtEnd(text, candidate)) {
            return false;
        }
        return name.indexOf('·') >= 0 || surnames.startsWithSurname(name) || candidate.isTransliterated()
                && name.length() >= 3;
    }

    /**
     * Names HanLP did not see but a title announces: 总经理助理 followed by a surname and two or
     * three characters that end at punctuation or a verb of speech.
     */
    private List<PersonCandidate> missedAfterTitles(String text) {
        List<PersonCandidate> found = new ArrayList<>();
        for (int at = 2; at < text.length(); at++) {
            String head = titles.headEndingAt(text, at);
            // 轮值主席国, 理事国: the title word is part of a longer word naming a country.
            if (head == null || "reporter".equals(titles.roleOf(head)) || text.charAt(at) == '国'
                    || continuesIntoLongerTitle(text, at)) {
                continue;
            }
            boolean foreign = "foreign-leader".equals(titles.roleOf(head)) || afterForeignCountry(text, at - head.length());
            // An ending at punctuation or a verb (柳拯|作了) is believed before one at a function word
            // or a digit (柳拯作|了), whatever the length.
            PersonCandidate named = nameAfterTitle(text, at, foreign, true);
            if (named == null) {
                named = nameAfterTitle(text, at, foreign, false);
            }
            if (named != null) {
                found.add(named);
            }
        }
        return found;
    }

    /** 副委员|长: a title word that is the start of a longer one ending after {@code at} is no title yet. */
    private boolean continuesIntoLongerTitle(String text, int at) {
        for (int end = at + 1; end <= Math.min(text.length(), at + 3); end++) {
            String longer = titles.headEndingAt(text, end);
            if (longer != null && end - longer.length() < at) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest name-shaped run right after a title at {@code at} that ends well: at punctuation
     * or a verb when {@code strongEnding}, else before a function word or a digit. A weak ending
     * says less, so the name must not open with an ordinary word either (总书记|关于党|的).
     */
    private PersonCandidate nameAfterTitle(String text, int at, boolean foreign, boolean strongEnding) {
        for (int length = foreign ? 5 : 3; length >= 2; length--) {
            int end = at + length;
            if (end > text.length()) {
                continue;
            }
            String name = text.substring(at, end);
            boolean endsWell = strongEnding
                    ? PersonText.isBoundary(text, end) || shapes.startsVerb(text, end)
                    : end < text.length() && (Character.isDigit(text.charAt(end))
                            || PersonCandidates.FUNCTION_CHARS.indexOf(text.charAt(end)) >= 0)
                            && !recognizer.isCommonWord(name.substring(0, 2));
            // A leader abroad (德国总理, 美国国务卿) is named by a transliteration, not by a Chinese surname.
            boolean nameShaped = foreign ? isTransliterationShaped(name)
                    : surnames.startsWithSurname(name) && length <= 3 && !hasFunctionChar(name.substring(1));
            if (endsWell && nameShaped && !shapes.startsVerb(text, at) && couldBeUnseenName(name)) {
                return new PersonCandidate(at, end, name, PersonCandidate.Origin.TITLE_CHAIN, null);
            }
        }
        return null;
    }

    /** Whether a foreign country's name ends right before {@code at} (德国总理, 俄罗斯外交部副部长 reach back to the country). */
    private static boolean afterForeignCountry(String text, int at) {
        for (int length = Math.min(8, at); length >= 2; length--) {
            for (int from = at - length; from >= Math.max(0, at - 12); from--) {
                String written = text.substring(from, from + length);
                java.util.Optional<String> country = TitleOrganizations.standard().country(written);
                if (country.isPresent() && !country.get().equals("中华人民共和国")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A run of characters with no common word in it and none that starts the next words (朔尔茨, 古特雷斯). */
    private boolean isTransliterationShaped(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (PersonCandidates.FUNCTION_CHARS.indexOf(name.charAt(i)) >= 0) {
                return false;
            }
            if (i + 2 <= name.length() && recognizer.isCommonWord(name.substring(i, i + 2))) {
                return false;
            }
        }
        return name.length() >= 2;
    }

    /**
     * Names HanLP did not see before 同志 (孙某某同志不再担任…): a surname and one or two
     * characters that open a clause or follow a title.
     */
    private List<PersonCandidate> addressedAsComrade(String text) {
        List<PersonCandidate> found = new ArrayList<>();
        for (int at = text.indexOf("同志"); at >= 2; at = text.indexOf("同志", at + 2)) {
            for (int length = 3; length >= 2; length--) {
                int start = at - length;
                if (start < 0) {
                    continue;
                }
                String name = text.substring(start, at);
                boolean opens = start == 0 || !PersonText.isHan(text.charAt(start - 1))
                        || titles.headEndingAt(text, start) != null;
                if (opens && surnames.startsWithSurname(name) && couldBeUnseenName(name)) {
                    found.add(new PersonCandidate(start, at, name, PersonCandidate.Origin.TITLE_CHAIN, null));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Names HanLP does not see at the start of a paragraph or clause (…。\n\n王某参加会见): a
     * surname and one or two characters, not a common word, right before a verb of speech or
     * action of two or more characters.
     */
    private List<PersonCandidate> openingClauseBeforeVerb(String text) {
        List<PersonCandidate> found = new ArrayList<>();
        for (int start = 0; start < text.length() - 2; start++) {
            // After punctuation or a line break; after a number 余人次 is a count, not a name.
            if (start > 0 && (PersonText.isHan(text.charAt(start - 1)) || Character.isLetterOrDigit(text.charAt(start - 1)))
                    || !PersonText.isHan(text.charAt(start))) {
                continue;
            }
            for (int length = 3; length >= 2; length--) {
                int end = start + length;
                if (end + 2 > text.length()) {
                    continue;
                }
                String name = text.substring(start, end);
                if (shapes.startsLongVerb(text, end) && surnames.startsWithSurname(name) && couldBeUnseenName(name)
                        && !recognizer.isCommonWord(text.substring(start, start + 2))
                        && !evidence.isImpossible(name.substring(0, 2)) && !hasFunctionChar(name.substring(1))) {
                    found.add(new PersonCandidate(start, end, name, PersonCandidate.Origin.TITLE_CHAIN, null));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Names HanLP cuts after a verb of appointment (任命张|新民|为): a surname and one or two
     * characters between 任命, 免去, 提名… and 为, 的, 同志 or 兼.
     */
    private List<PersonCandidate> namedByAppointment(String text) {
        List<PersonCandidate> found = new ArrayList<>();
        for (String verb : PersonEvidence.APPOINTING) {
            for (int at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
                int start = at + verb.length();
                for (int length = 2; length <= 3 && start + length < text.length(); length++) {
                    int end = start + length;
                    String name = text.substring(start, end);
                    if (PersonEvidence.isAppointed(text, start, end) && surnames.startsWithSurname(name)
                            && couldBeUnseenName(name) && !recognizer.isCommonWord(name.substring(0, 2))
                            && !hasFunctionChar(name.substring(1))) {
                        found.add(new PersonCandidate(start, end, name, PersonCandidate.Origin.TITLE_CHAIN, null));
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** The longest item of a list of names: a compound surname and two characters. */
    private static final int LONGEST_LIST_ITEM = 4;

    /**
     * The items of lists joined by 、 (A、B、C等出席) that have the shape of a name: two to four
     * characters starting with a surname, no ordinary word, ending at the next 、, at 等, at
     * punctuation or before a verb. They count only when a neighbour in the list is a confirmed
     * name ({@link PersonCandidate.Origin#LIST_ITEM}).
     */
    private List<PersonCandidate> listItems(String text) {
        List<PersonCandidate> found = new ArrayList<>();
        for (int comma = text.indexOf('、'); comma >= 0; comma = text.indexOf('、', comma + 1)) {
            PersonCandidate before = itemEndingAt(text, comma);
            if (before != null && found.stream().noneMatch(before::overlaps)) {
                found.add(before);
            }
            PersonCandidate after = itemStartingAt(text, comma + 1);
            if (after != null && found.stream().noneMatch(after::overlaps)) {
                found.add(after);
            }
        }
        return found;
    }

    private PersonCandidate itemEndingAt(String text, int end) {
        for (int length = LONGEST_LIST_ITEM; length >= 2; length--) {
            int start = end - length;
            if (start >= 0 && (start == 0 || !PersonText.isHan(text.charAt(start - 1)) || text.charAt(start - 1) == '、'
                    || titles.headEndingAt(text, start) != null)) {
                PersonCandidate item = listItem(text, start, end);
                if (item != null) {
                    return item;
                }
            }
        }
        return null;
    }

    private PersonCandidate itemStartingAt(String text, int start) {
        for (int length = LONGEST_LIST_ITEM; length >= 2; length--) {
            int end = start + length;
            if (end <= text.length() && (PersonText.isBoundary(text, end) || text.charAt(end) == '、'
                    || text.charAt(end) == '等' || shapes.startsVerb(text, end))) {
                PersonCandidate item = listItem(text, start, end);
                if (item != null) {
                    return item;
                }
            }
        }
        return null;
    }

    private PersonCandidate listItem(String text, int start, int end) {
        String name = text.substring(start, end);
        int surname = surnames.surnameLength(name, 0);
        String given = name.substring(Math.max(surname, 1));
        // 专家和企业: 和, 与, 同 are conjunctions before they are surnames; 企业 is no given name.
        boolean shaped = surname > 0 && given.length() >= 1 && given.length() <= 2
                && !hasFunctionChar(name) && !(given.length() == 2 && recognizer.isCommonWord(given));
        if (!shaped || !couldBeUnseenName(name) || surname == 1 && recognizer.isCommonWord(name.substring(0, 2))) {
            return null;
        }
        return new PersonCandidate(start, end, name, PersonCandidate.Origin.LIST_ITEM, null);
    }

    /**
     * What every rule that proposes a name HanLP did not see asks of it: Chinese characters only,
     * no ordinary word, no title word and nothing that is never a name (有关负责同志, …时说).
     */
    private boolean couldBeUnseenName(String name) {
        return PersonText.isAllHan(name) && !recognizer.isCommonWord(name) && !titles.isHead(name)
                && !evidence.isImpossible(name);
    }

    /** 乌方则表示: a conjunction or particle opens the next words, it is not part of a given name. */
    private static boolean hasFunctionChar(String given) {
        return given.chars().anyMatch(c -> PersonCandidates.FUNCTION_CHARS.indexOf(c) >= 0 || c == '则');
    }

    /**
     * Names with enough support, each with the most telling role any occurrence gives it. A name
     * confirmed lends support to its neighbours in a list, so rounds go on until nothing changes;
     * they run forwards and backwards in turn, so that a verb after the last of six names (A、B、
     * C、D、E、F出席) reaches the first in two rounds, not six.
     */
    private Map<String, String> confirm(String text, List<PersonCandidate> candidates) {
        Map<String, String> roles = new HashMap<>();
        List<PersonCandidate> backwards = new ArrayList<>(candidates);
        java.util.Collections.reverse(backwards);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int before = roles.size();
            for (PersonCandidate candidate : round % 2 == 0 ? candidates : backwards) {
                PersonEvidence.Support support = evidence.of(text, candidate, roles.keySet());
                boolean believed = support.strength() == PersonEvidence.Support.STRONG
                        || support.strength() == PersonEvidence.Support.WEAK && !recognizer.isCommonWord(candidate.name());
                if (believed) {
                    roles.merge(candidate.name(), support.role() == null ? "other" : support.role(),
                            PersonFinder::moreTelling);
                }
            }
            if (roles.size() == before) {
                break;
            }
        }
        return roles;
    }

    private static String moreTelling(String a, String b) {
        return ROLE_PRIORITY.getOrDefault(a, 0) >= ROLE_PRIORITY.getOrDefault(b, 0) ? a : b;
    }

    /** 阮文仲 once confirmed after a title: a bare 阮文 elsewhere, followed by 仲, is that name cut short. */
    private static PersonCandidate completed(String text, PersonCandidate candidate, Set<String> names) {
        for (String name : names) {
            if (name.length() > candidate.name().length() && name.startsWith(candidate.name())
                    && text.startsWith(name, candidate.start())) {
                return new PersonCandidate(candidate.start(), candidate.start() + name.length(), name,
                        candidate.origin(), candidate.role());
            }
        }
        return candidate;
    }

    /** 史密斯 in 史密斯基金会 names a foundation, not a person standing there. */
    private boolean namesOrganization(String text, PersonCandidate candidate) {
        return organizationSuffixes.stream().anyMatch(suffix -> text.startsWith(suffix, candidate.end()));
    }

    /** Headlines and captions repeat names in places HanLP segments differently. */
    private static void addRepeats(String text, Set<String> names, List<PersonCandidate> accepted) {
        for (String name : names) {
            if (name.length() < 2) {
                continue;
            }
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                PersonCandidate repeat = new PersonCandidate(at, at + name.length(), name,
                        PersonCandidate.Origin.REPEAT, null);
                if (accepted.stream().noneMatch(repeat::overlaps) && !insideWord(text, repeat)) {
                    accepted.add(repeat);
                }
            }
        }
    }

    /** A transliterated name inside a longer one with {@code ·} is part of that name. */
    private static boolean insideWord(String text, PersonCandidate candidate) {
        return candidate.start() > 0 && text.charAt(candidate.start() - 1) == '·'
                || candidate.end() < text.length() && text.charAt(candidate.end()) == '·';
    }

    /** 史密斯 is 约翰·史密斯 when the text gives the full form; the surname is the last part. */
    private static Map<String, String> canonicalNames(Set<String> names) {
        Map<String, String> canonical = new HashMap<>();
        Set<String> full = new LinkedHashSet<>();
        names.stream().filter(n -> n.indexOf('·') >= 0).forEach(full::add);
        for (String name : names) {
            if (name.indexOf('·') >= 0) {
                continue;
            }
            full.stream().filter(f -> f.endsWith("·" + name)).findFirst()
                    .or(() -> full.stream().filter(f -> f.startsWith(name + "·")).findFirst())
                    // 邦戈 for 哈吉奥马尔·邦戈·翁丁巴: the name people are called by is often a middle part.
                    .or(() -> full.stream().filter(f -> f.contains("·" + name + "·")).findFirst())
                    .ifPresent(f -> canonical.put(name, f));
        }
        return canonical;
    }
}
