package org.newskg.extractor.mention;

import org.newskg.extractor.token.Tokenizer;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the text around one candidate says about it being a person: a title or role right
 * before it, a verb of speech or action right after it, a place in a list of names, a
 * parenthesised signature. HanLP's guesses are believed only with such evidence.
 */
final class PersonEvidence {

    /** How much the context supports a candidate, and the role it implies. */
    record Support(int strength, String role) {
        static final Support NONE = new Support(0, null);
        static final int WEAK = 1;
        static final int STRONG = 2;
    }

    /** Counts in HanLP's person corpus below which a given name is not believed without context. */
    private static final int TWO_CHARACTER_GIVEN_NAME = 1000;
    private static final int ONE_CHARACTER_GIVEN_NAME = 1500;

    private final TitleLexicon titles = TitleLexicon.instance();
    private final PersonCandidates shapes;
    private final Set<String> generic;

    private final Tokenizer recognizer;

    PersonEvidence(Tokenizer recognizer, PersonCandidates shapes, Set<String> generic) {
        this.recognizer = recognizer;
        this.shapes = shapes;
        this.generic = generic;
    }

    /**
     * One-character country forms that news writes before 军, 方 and 称 (乌军, 美方, 俄称): HanLP
     * takes the pair for a surname and a given name.
     */
    private static final String COUNTRY_FORMS = "美俄乌英法德日巴以印叙欧越";
    /** Adverbs and conjunctions that open the words after a name, never end a given name (…齐还表示). */
    private static final String NEVER_LAST = "还也都就又已并即";
    private static final Pattern PHOTO_POSITION = Pattern.compile("[（(][左右中][）)]$");

    /**
     * Names that are really generic references (有关负责同志), end in a verb (时说, 外长称), are a
     * country's army or side (乌军, 美方), open with a country's name (加拿大时间), or end in an
     * adverb of the next clause.
     */
    boolean isImpossible(String name) {
        if (opensWithCountry(name)) {
            return true;
        }
        for (String word : generic) {
            if (name.contains(word)) {
                return true;
            }
        }
        if (name.length() == 2 && COUNTRY_FORMS.indexOf(name.charAt(0)) >= 0 && "军方称".indexOf(name.charAt(1)) >= 0) {
            return true;
        }
        return name.length() < 2 || name.endsWith("说") || name.endsWith("表示") || name.endsWith("称")
                || NEVER_LAST.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /** The shortest country name taken for the start of a name (加拿大时间): shorter ones begin names (马里奥). */
    private static final int COUNTRY_PREFIX = 3;

    /** 加拿大时间, 俄罗斯总统: a run that opens with a country's name is not a person's name. */
    private static boolean opensWithCountry(String name) {
        for (int length = name.length() - 1; length >= COUNTRY_PREFIX; length--) {
            if (TitleOrganizations.standard().country(name.substring(0, length)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name whose last character makes a common word with the character after it (扎波罗热方|向
     * gives 方向) has been cut out of a longer word, unless a title stands before it.
     */
    boolean crossesWordAtEnd(String text, PersonCandidate candidate) {
        int end = candidate.end();
        if (end >= text.length() || titles.headEndingAt(text, candidate.start()) != null) {
            return false;
        }
        String pair = text.substring(end - 1, end + 1);
        return PersonText.isAllHan(pair) && recognizer.isCommonWord(pair) && !shapes.startsVerb(text, end)
                && PersonCandidates.FUNCTION_CHARS.indexOf(pair.charAt(1)) < 0;
    }

    Support of(String text, PersonCandidate candidate, Set<String> confirmedNames) {
        if (candidate.origin() == PersonCandidate.Origin.BYLINE) {
            return new Support(Support.STRONG, candidate.role());
        }
        int start = candidate.start();
        int end = candidate.end();
        String head = titles.headEndingAt(text, start);
        if (head != null) {
            return new Support(Support.STRONG, titles.roleOf(head));
        }
        if (start > 0 && end < text.length() && "（(".indexOf(text.charAt(start - 1)) >= 0
                && "）)".indexOf(text.charAt(end)) >= 0) {
            // A name alone in brackets at an article's end is its author's signature.
            return new Support(Support.STRONG, "reporter");
        }
        // Titles and 同志 also follow the name they address (习近平总书记, 邦戈总统, 孙某同志任).
        String headAfter = titles.headStartingAt(text, end);
        if ((headAfter != null && !"reporter".equals(titles.roleOf(headAfter))) || text.startsWith("同志", end)) {
            return new Support(Support.STRONG, headAfter == null ? "official" : titles.roleOf(headAfter));
        }
        if (follows(text, start, confirmedNames) || precedes(text, end, confirmedNames)) {
            return new Support(Support.STRONG, null);
        }
        if (candidate.origin() == PersonCandidate.Origin.LIST_ITEM) {
            return Support.NONE; // believed only for a confirmed neighbour in the list
        }
        if (isAppointed(text, start, end)) {
            return new Support(Support.STRONG, "official");
        }
        if (candidate.origin() == PersonCandidate.Origin.HANLP && closesListOfPeople(text, end)) {
            return new Support(Support.STRONG, null);
        }
        // A name in several ·-joined parts has the form of a transliterated full name.
        if (shapes.startsVerb(text, end) || candidate.name().indexOf('·') > 0
                || looksLikeAName(candidate) && !gluedIntoWords(text, candidate)) {
            return new Support(Support.WEAK, null);
        }
        return Support.NONE;
    }

    /**
     * Without context, only a surname followed by characters people are often named with
     * (小明, 晓东) counts, and never one holding characters that start the next word (为, 之).
     */
    private boolean looksLikeAName(PersonCandidate candidate) {
        String name = candidate.name();
        if (candidate.origin() != PersonCandidate.Origin.HANLP || !PersonText.isAllHan(name)) {
            return false;
        }
        int surname = SurnameLexicon.instance().surnameLength(name, 0);
        if (surname == 0) {
            return false;
        }
        String given = name.substring(surname);
        for (int i = 0; i < given.length(); i++) {
            if (PersonCandidates.FUNCTION_CHARS.indexOf(given.charAt(i)) >= 0) {
                return false;
            }
        }
        int threshold = given.length() == 2 ? TWO_CHARACTER_GIVEN_NAME : ONE_CHARACTER_GIVEN_NAME;
        return given.length() <= 2 && recognizer.givenNameCount(given) >= threshold;
    }

    /**
     * A name-shaped run with ordinary characters on both sides (西部陆海新通道) is more likely a
     * piece of a longer word than a person nobody introduces.
     */
    private static boolean gluedIntoWords(String text, PersonCandidate candidate) {
        int start = candidate.start();
        int end = candidate.end();
        return start > 0 && end < text.length() && isContentChar(text.charAt(start - 1)) && isContentChar(text.charAt(end));
    }

    private static boolean isContentChar(char c) {
        return PersonText.isHan(c) && PersonCandidates.FUNCTION_CHARS.indexOf(c) < 0;
    }

    /** Verbs of appointment that name the person right after them (任命X为…, 免去X的…职务). */
    static final java.util.List<String> APPOINTING = java.util.List.of("任命", "免去", "提名", "增补");
    /** What follows the person named by an appointment: 为 (the post), 的 (the post left), 同志, 兼. */
    static final String AFTER_APPOINTED = "为的同兼";

    /** 任命张某为…, 免去李某的…职务: the words of an appointment name their person. */
    static boolean isAppointed(String text, int start, int end) {
        return end < text.length() && AFTER_APPOINTED.indexOf(text.charAt(end)) >= 0
                && APPOINTING.stream().anyMatch(verb -> text.startsWith(verb, start - verb.length()));
    }

    /** The longest name in a list of people: items of up to this many characters between 、. */
    private static final int LONGEST_LISTED_NAME = 4;

    /**
     * A name, or a list of names, that ends in 等 and a verb or 等人 (张某、李某、王某等参加会见;
     * 陈某、黄某等人认罪): the candidate stands in it, at its end or before more short items.
     */
    boolean closesListOfPeople(String text, int end) {
        int at = end;
        while (at < text.length() && text.charAt(at) == '、') {
            int item = at + 1;
            while (item < text.length() && item - at - 1 < LONGEST_LISTED_NAME && PersonText.isHan(text.charAt(item))
                    && text.charAt(item) != '等') {
                item++;
            }
            if (item - at - 1 < 2 || item >= text.length() || "、等".indexOf(text.charAt(item)) < 0) {
                return false;
            }
            at = item;
        }
        if (at >= text.length() || text.charAt(at) != '等') {
            return false;
        }
        return text.startsWith("人", at + 1) || text.startsWith("同志", at + 1) || shapes.startsVerb(text, at + 1);
    }

    /** In a list after a confirmed name: 张伟民、李建国 or 王小红（左）/赵小军. */
    private static boolean follows(String text, int start, Set<String> confirmedNames) {
        int at = start - 1;
        if (at < 0 || "、/".indexOf(text.charAt(at)) < 0) {
            return false;
        }
        String before = PHOTO_POSITION.matcher(text.substring(Math.max(0, at - 12), at)).replaceAll("");
        return confirmedNames.stream().anyMatch(before::endsWith);
    }

    private static boolean precedes(String text, int end, Set<String> confirmedNames) {
        if (end >= text.length() || "、/".indexOf(text.charAt(end)) < 0) {
            return false;
        }
        String after = text.substring(end + 1, Math.min(text.length(), end + 13));
        return confirmedNames.stream().anyMatch(after::startsWith);
    }
}
