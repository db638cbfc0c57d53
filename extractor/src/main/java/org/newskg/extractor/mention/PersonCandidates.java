package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HanLP's name tokens into candidate spans, repairing its known cuts: a transliterated
 * name split into {@code nr}+{@code nrf} pieces (史密/斯), a given name before {@code ·}
 * left out (约翰·史密斯), a regnal number left off (乔治五世), and a compound-surname name
 * cut after its third character (欧阳明 for 欧阳明华).
 */
final class PersonCandidates {

    private static final Pattern REGNAL = Pattern.compile("^[一二三四五六七八九十]{1,3}世");
    /** Characters that never end a Chinese given name but start the words after one. */
    static final String FUNCTION_CHARS = "的了在是和与同说向对为将已也都就把被从等及并又还曾即";

    private final SurnameLexicon surnames = SurnameLexicon.instance();
    private final Set<String> verbsAfter;

    PersonCandidates(Set<String> verbsAfter) {
        this.verbsAfter = verbsAfter;
    }

    List<PersonCandidate> fromTokens(String text, List<HanlpRecognizer.Token> tokens) {
        List<PersonCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            HanlpRecognizer.Token token = tokens.get(i);
            if (!token.isPersonName()) {
                continue;
            }
            int start = token.offset();
            int end = token.end();
            boolean foreign = token.nature().equals("nrf");
            // Join pieces of one transliterated name: HanLP tags the head nr and the rest nrf.
            int j = i + 1;
            while (j < tokens.size()) {
                HanlpRecognizer.Token next = tokens.get(j);
                boolean joinsForeign = next.isPersonName() && (foreign || next.nature().equals("nrf"))
                        && next.offset() == end;
                boolean dotJoin = next.word().equals("·") && j + 1 < tokens.size()
                        && PersonText.isAllHan(tokens.get(j + 1).word());
                if (joinsForeign) {
                    foreign = true;
                    end = next.end();
                    j++;
                } else if (dotJoin) {
                    foreign = true;
                    end = tokens.get(j + 1).end();
                    j += 2;
                } else {
                    break;
                }
            }
            i = j - 1;
            if (foreign && start >= 2 && text.charAt(start - 1) == '·') {
                start = givenNameBeforeDot(text, tokens, start);
            }
            if (foreign) {
                Matcher regnal = REGNAL.matcher(text.substring(end));
                if (regnal.find()) {
                    end += regnal.end();
                }
            } else {
                end = restoreCutGivenName(text, start, end);
            }
            candidates.add(new PersonCandidate(start, end, text.substring(start, end),
                    PersonCandidate.Origin.HANLP, null));
        }
        return candidates;
    }

    private static int givenNameBeforeDot(String text, List<HanlpRecognizer.Token> tokens, int dotEnd) {
        for (HanlpRecognizer.Token token : tokens) {
            if (token.end() == dotEnd - 1 && PersonText.isAllHan(token.word()) && token.word().length() <= 4
                    && !TitleLexicon.instance().isHead(token.word())) {
                return token.offset();
            }
        }
        return dotEnd;
    }

    /**
     * HanLP's name model favours three characters, so four-character names with a compound
     * surname lose their last character. Restore it when that character is not the start of
     * the next word.
     */
    int restoreCutGivenName(String text, int start, int end) {
        String name = text.substring(start, end);
        if (name.length() != 3 || !surnames.startsWithCompound(name) || end >= text.length()) {
            return end;
        }
        char next = text.charAt(end);
        if (!PersonText.isHan(next) || FUNCTION_CHARS.indexOf(next) >= 0 || startsVerb(text, end)) {
            return end;
        }
        return end + 1;
    }

    boolean startsVerb(String text, int at) {
        for (int length = 1; length <= 4 && at + length <= text.length(); length++) {
            if (verbsAfter.contains(text.substring(at, at + length))) {
                return true;
            }
        }
        return false;
    }
}
