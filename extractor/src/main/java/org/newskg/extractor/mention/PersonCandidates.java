package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extractor.token.Token;
import org.newskg.extractor.token.TokenKind;
import org.newskg.extractor.token.Tokenizer;

/**
 * Turns HanLP's name tokens into candidate spans, repairing its known cuts: a transliterated
 * name split into a name piece and foreign-name pieces (史密/斯), a given name before {@code ·}
 * left out (约翰·史密斯), a regnal number left off (乔治五世), and a compound-surname name
 * cut after its third character (欧阳明 for 欧阳明华).
 */
final class PersonCandidates {

    private static final Pattern REGNAL = Pattern.compile("^[一二三四五六七八九十]{1,3}世");
    /** Characters that never end a Chinese given name but start the words after one. */
    static final String FUNCTION_CHARS = "的了在是和与同说向对为将已也都就把被从等及并又还曾即";

    private static final Set<String> JOINERS = Set.of("-", "－", "•", "・");

    private final SurnameLexicon surnames = SurnameLexicon.instance();
    private final Set<String> verbsAfter;
    private final Tokenizer tokenizer;

    PersonCandidates(Set<String> verbsAfter, Tokenizer tokenizer) {
        this.verbsAfter = verbsAfter;
        this.tokenizer = tokenizer;
    }

    List<PersonCandidate> fromTokens(String text, List<Token> tokens) {
        List<PersonCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isPersonName()) {
                continue;
            }
            int start = token.offset();
            int end = token.end();
            boolean foreign = token.kind() == TokenKind.FOREIGN_PERSON_NAME;
            // Join pieces of one transliterated name: HanLP tags the head a name and the rest foreign.
            int j = i + 1;
            while (j < tokens.size()) {
                Token next = tokens.get(j);
                boolean joinsForeign = next.isPersonName() && (foreign || next.kind() == TokenKind.FOREIGN_PERSON_NAME)
                        && next.offset() == end;
                // Sports and entertainment pages join the parts with a hyphen (安德鲁-史密斯).
                boolean dotJoin = (next.word().equals("·") || foreign && JOINERS.contains(next.word()))
                        && j + 1 < tokens.size() && next.offset() == end
                        && PersonText.isAllHan(tokens.get(j + 1).word())
                        && (next.word().equals("·") || tokens.get(j + 1).isPersonName());
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
            if (text.substring(start, end).indexOf('·') >= 0) {
                end = restoreTransliteratedParts(text, end);
            }
            if (foreign) {
                Matcher regnal = REGNAL.matcher(text.substring(end));
                if (regnal.find()) {
                    end += regnal.end();
                }
            } else {
                end = restoreCutGivenName(text, start, end);
            }
            if (end - start <= 3 && j < tokens.size() && tokens.get(j).offset() == end) {
                end = restoreCutAfterTitle(text, start, end, tokens.get(j));
            }
            candidates.add(new PersonCandidate(start, end, text.substring(start, end),
                    PersonCandidate.Origin.HANLP, null));
        }
        return candidates;
    }

    private static int givenNameBeforeDot(String text, List<Token> tokens, int dotEnd) {
        for (Token token : tokens) {
            if (token.end() == dotEnd - 1 && PersonText.isAllHan(token.word()) && token.word().length() <= 4
                    && !TitleLexicon.instance().isHead(token.word())) {
                return token.offset();
            }
        }
        return dotEnd;
    }

    /** One-character verbs (and 所 of 所说) that follow a name and end it (…罗贡贝致唁电, …抵京, …称): no transliteration ends in them. */
    private static final String VERBS_AFTER_NAME = "致称表出会抵访于参率陪到所";

    /** Longest part of a transliterated name between two dots that is believed (翁丁巴, 罗贡贝, 达席尔瓦). */
    private static final int LONGEST_PART = 6;

    /**
     * HanLP cuts long transliterated names inside a part (哈吉奥马尔·邦戈·翁丁|巴, 罗丝·芙|朗辛·罗贡贝):
     * a run of characters up to the next dot belongs to the name, and so does the rest of the
     * last part, up to punctuation, a verb, a title, a function word or a common word.
     */
    int restoreTransliteratedParts(String text, int end) {
        while (true) {
            int dot = end;
            while (dot < text.length() && dot - end < LONGEST_PART && continuesPart(text, dot)) {
                dot++;
            }
            if (dot < text.length() - 1 && text.charAt(dot) == '·' && PersonText.isHan(text.charAt(dot + 1))) {
                end = dot + 1;
            } else {
                break;
            }
        }
        int partStart = text.lastIndexOf('·', end - 1) + 1;
        while (end < text.length() && end - partStart < LONGEST_PART && continuesPart(text, end)) {
            end++;
        }
        return end;
    }

    private boolean continuesPart(String text, int at) {
        char c = text.charAt(at);
        if (!PersonText.isHan(c) || FUNCTION_CHARS.indexOf(c) >= 0 || VERBS_AFTER_NAME.indexOf(c) >= 0 || startsVerb(text, at)
                || TitleLexicon.instance().headStartingAt(text, at) != null) {
            return false;
        }
        return at + 2 > text.length() || !tokenizer.isCommonWord(text.substring(at, at + 2));
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

    /**
     * Foreign names after a title lose their last syllable to HanLP (总理马德布|利邀请,
     * 总书记阮富|仲、): a single leftover character that is neither a function word nor a verb,
     * standing between the name and a boundary or a verb of speech, belongs to the name.
     */
    int restoreCutAfterTitle(String text, int start, int end, Token next) {
        if (next.word().length() != 1 || end + 1 > text.length() || !PersonText.isHan(text.charAt(end))
                || FUNCTION_CHARS.indexOf(text.charAt(end)) >= 0 || "摄讯电报".indexOf(text.charAt(end)) >= 0
                || startsVerb(text, end)
                || TitleLexicon.instance().headEndingAt(text, start) == null) {
            return end;
        }
        boolean closes = end + 1 == text.length() || "，。、；：！？）)".indexOf(text.charAt(end + 1)) >= 0
                || startsVerb(text, end + 1);
        return closes ? end + 1 : end;
    }

    /** A verb of two or more characters starts at {@code at} (陪同, 参加, 表示; not 在 or 和). */
    boolean startsLongVerb(String text, int at) {
        return startsVerb(text, at, 2);
    }

    boolean startsVerb(String text, int at) {
        return startsVerb(text, at, 1);
    }

    private boolean startsVerb(String text, int at, int minLength) {
        for (int length = minLength; length <= 4 && at + length <= text.length(); length++) {
            if (verbsAfter.contains(text.substring(at, at + length))) {
                return true;
            }
        }
        return false;
    }
}
