package org.newskg.extractor.mention;

import java.util.Set;

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

    private final HanlpRecognizer recognizer;

    PersonEvidence(HanlpRecognizer recognizer, PersonCandidates shapes, Set<String> generic) {
        this.recognizer = recognizer;
        this.shapes = shapes;
        this.generic = generic;
    }

    /** Names that are really generic references (有关负责同志) or end in a verb (时说). */
    boolean isImpossible(String name) {
        for (String word : generic) {
            if (name.contains(word)) {
                return true;
            }
        }
        return name.length() < 2 || name.endsWith("说") || name.endsWith("表示");
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
        if (follows(text, start, confirmedNames) || precedes(text, end, confirmedNames)) {
            return new Support(Support.STRONG, null);
        }
        // A name in several ·-joined parts has the form of a transliterated full name.
        if (shapes.startsVerb(text, end) || candidate.name().indexOf('·') > 0 || looksLikeAName(candidate)) {
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

    /** In a list after a confirmed name: 张伟民、李建国 or 王小红（左）/赵小军. */
    private static boolean follows(String text, int start, Set<String> confirmedNames) {
        int at = start - 1;
        if (at < 0 || "、/".indexOf(text.charAt(at)) < 0) {
            return false;
        }
        String before = text.substring(Math.max(0, at - 12), at).replaceAll("[（(][左右中][）)]$", "");
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
