package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.token.Token;
import org.newskg.extractor.token.TokenKind;
import org.newskg.extractor.token.Tokenizer;

/**
 * Reads the titles written right before a name, right to left, split at 、:
 * {@code 中共中央总书记、国家主席、中央军委主席X} gives three. A title is a run of noun-like
 * words (regions, organizations, institution suffixes) ending in a post word; the run stops
 * at punctuation, numbers, prepositions and verbs that introduce the name (同, 向, 复信).
 */
final class TitleChainParser {

    /** Titles rarely run longer; a longer reach only collects the sentence before. */
    private static final int MAX_REACH = 48;
    private static final String HARD_STOPS = "，。；：！？“”‘’\"（）()《》【】…—/\n\r\t 　";
    private static final Set<String> STOP_WORDS = Set.of("电", "讯", "日", "日电", "日讯", "本报讯", "摄");
    /** Parts of speech that never sit inside a title (with punctuation, pronouns, particles, numerals, measure words). */
    private static final Set<TokenKind> STOP_KINDS = EnumSet.of(TokenKind.PREPOSITION, TokenKind.INTRANSITIVE_VERB,
            TokenKind.TIME, TokenKind.ADVERB, TokenKind.MODAL, TokenKind.INTERJECTION, TokenKind.ONOMATOPOEIA,
            TokenKind.LOCATIVE, TokenKind.PLACE_WORD, TokenKind.COPULA, TokenKind.EXISTENTIAL_VERB);
    /** Descriptors that announce a person without being a post (中国选手, 自治区领导). */
    private static final Set<String> DESCRIPTORS = Set.of("选手", "领导");
    /** Words that qualify a post rather than name where it is (原局长, 代总统, 轮值主席, 候补委员). */
    private static final Set<String> QUALIFIERS = Set.of("原", "前", "代", "候补", "轮值", "名誉");
    /** Words that close the name of a session whose number the chain would stop at (二次会议). */
    private static final Set<String> SESSION = Set.of("会议", "全会", "全体会议", "大会");
    /** A session's name up to its number: 十四届全国人大二次, 十四届人大第三次. */
    private static final java.util.regex.Pattern SESSION_NAME = java.util.regex.Pattern.compile(
            "第?[一二三四五六七八九十]+届[^、\\s]{0,10}?第?[一二三四五六七八九十]+次(?:全体)?$");

    /** 兼 joins two titles of one person like 、 (全国政协副主席兼秘书长). */
    private static final String CONCURRENTLY = "兼";

    private final Tokenizer recognizer;
    private final TitleLexicon titles = TitleLexicon.instance();

    TitleChainParser(Tokenizer recognizer) {
        this.recognizer = recognizer;
    }

    /** The titles ending at {@code nameStart}, left to right; none reach left of {@code leftLimit}. */
    List<TitleSegment> parse(String text, int nameStart, int leftLimit) {
        int from = nameStart;
        int floor = Math.max(leftLimit, nameStart - MAX_REACH);
        while (from > floor && !isHardStop(text.charAt(from - 1))) {
            from--;
        }
        if (from >= nameStart) {
            return List.of();
        }
        // Cut short by the name before (习近平和老挝政府总理), the run does not open a sentence.
        boolean opensClause = from == 0 || isHardStop(text.charAt(from - 1));
        String region = text.substring(from, nameStart);
        List<Token> tokens = recognizer.segment(region);
        List<TitleSegment> segments = new ArrayList<>();
        int right = tokens.size();
        while (right > 0) {
            int left = right;
            while (left > 0 && belongsToTitle(tokens, left - 1, opensClause)) {
                left--;
            }
            if (left == right) {
                break;
            }
            if (left > 0 && SESSION.contains(tokens.get(left).word())) {
                // 十四届全国人大二次会议新闻发言人: the session's name holds numerals the chain stops at.
                java.util.regex.Matcher session = SESSION_NAME.matcher(region.substring(0, tokens.get(left).offset()));
                if (session.find()) {
                    while (left > 0 && tokens.get(left - 1).offset() >= session.start()) {
                        left--;
                    }
                }
            }
            if (left > 0 && QUALIFIERS.contains(tokens.get(left - 1).word())
                    && (left == 1 || tokens.get(left - 2).word().equals("、"))) {
                // 省委副书记、代省长: HanLP cuts 代 off the title it qualifies.
                left--;
            }
            boolean refersBack = false;
            if (left < right - 1 && left > 0 && isDemonstrative(tokens.get(left - 1))
                    && tokens.get(left).kind() == TokenKind.ORGANIZATION_SUFFIX) {
                // 该公司总经理助理: the post is written 总经理助理; the company is named earlier.
                left++;
                refersBack = true;
            } else if (left < right - 2 && tokens.get(left).kind() == TokenKind.FOREIGN_PLACE_NAME
                    && tokens.get(left + 1).isPersonName()) {
                // 美国约翰·史密斯基金会主席: the country says where the foundation is, not its name.
                left++;
            }
            TitleSegment segment = segment(region, tokens, left, right, from, refersBack);
            if (segment == null) {
                break;
            }
            segments.add(segment);
            if (left > 0 && (tokens.get(left - 1).word().equals("、") || tokens.get(left - 1).word().equals(CONCURRENTLY))) {
                right = left - 1;
            } else {
                break;
            }
        }
        Collections.reverse(segments);
        return segments;
    }

    private TitleSegment segment(String region, List<Token> tokens, int left, int right, int shift,
                                 boolean refersBack) {
        int start = tokens.get(left).offset();
        int end = tokens.get(right - 1).end();
        String text = region.substring(start, end);
        String head = titles.headEndingAt(text, text.length());
        if (head == null && tokens.get(right - 1).kind() == TokenKind.JOB_TITLE) {
            head = tokens.get(right - 1).word();
        }
        if (head == null || DESCRIPTORS.contains(head)) {
            return null;
        }
        for (String qualifier : QUALIFIERS) {
            int at = start + text.length() - head.length() - qualifier.length();
            // Only a qualifier that starts a word: 太原市长 is no 原市长.
            if (text.startsWith(qualifier, at - start) && at >= start
                    && tokens.subList(left, right).stream().anyMatch(t -> t.offset() == at)) {
                head = qualifier + head;
                break;
            }
        }
        return new TitleSegment(start + shift, end + shift, text.substring(0, text.length() - head.length()), head,
                refersBack);
    }

    /** Whether token {@code i} can be part of a title, judging by itself and its neighbours. */
    private static boolean belongsToTitle(List<Token> tokens, int i, boolean opensClause) {
        Token token = tokens.get(i);
        TokenKind kind = token.kind();
        if (isSuffixTakenForMeasureWord(tokens, i)) {
            return true;
        }
        if (token.word().equals("、") || token.word().equals(CONCURRENTLY) || STOP_WORDS.contains(token.word()) || STOP_KINDS.contains(kind)
                || kind == TokenKind.PUNCTUATION || kind == TokenKind.PRONOUN || kind.isParticle()
                || kind.isNumeral() || kind == TokenKind.MEASURE_WORD) {
            return false;
        }
        Token leftNeighbour = i > 0 ? tokens.get(i - 1) : null;
        Token rightNeighbour = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (token.isPersonName()) {
            // Confirmed people bound the chain already; a name-like token followed by more of a
            // name is part of an organization (史密斯基金会, 华光电子科技股份有限公司).
            return rightNeighbour != null && isNounLike(rightNeighbour.kind()) && rightNeighbour.kind() != TokenKind.JOB_TITLE;
        }
        if (kind == TokenKind.CONJUNCTION) {
            // 和 joins words inside a name (行政审批和政务服务局), not a title to what came before;
            // at the start of a title it can only be part of a name (和林格尔新区).
            return (i == 0 && opensClause || leftNeighbour != null && isNounLike(leftNeighbour.kind()))
                    && rightNeighbour != null && isNounLike(rightNeighbour.kind());
        }
        if (kind.isVerb()) {
            // A verb inside a compound name (联防联控机制) stands between noun-like words; one after a
            // place or before a place or organization is the sentence's (在曼谷会见新西兰总理,
            // 杂志发表中共中央总书记).
            return leftNeighbour != null && isNounLike(leftNeighbour.kind()) && !isPlace(leftNeighbour)
                    && (rightNeighbour == null || !isPlace(rightNeighbour) && rightNeighbour.kind() != TokenKind.ORGANIZATION);
        }
        return true;
    }

    /** One-character suffixes of bodies that HanLP also reads as measure words (交通运输|部|部长). */
    private static final String BODY_SUFFIXES = "部局署";

    /**
     * HanLP tags the 部 of 交通运输部部长 and 中央社会工作部副部长 as a measure word: between a
     * noun-like word and the rest of a title it ends the name of a body.
     */
    private static boolean isSuffixTakenForMeasureWord(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return token.kind() == TokenKind.MEASURE_WORD && token.word().length() == 1 && BODY_SUFFIXES.contains(token.word())
                && i > 0 && isNounLike(tokens.get(i - 1).kind())
                && i + 1 < tokens.size() && tokens.get(i + 1).kind() == TokenKind.JOB_TITLE;
    }

    private static boolean isPlace(Token token) {
        return token.kind().isPlaceName();
    }

    private static boolean isDemonstrative(Token token) {
        return token.kind() == TokenKind.PRONOUN && (token.word().equals("该") || token.word().equals("此")
                || token.word().equals("这家") || token.word().equals("该家"));
    }

    private static boolean isNounLike(TokenKind kind) {
        return kind.isNoun() && kind != TokenKind.PERSON_NAME || kind == TokenKind.VERBAL_NOUN
                || kind == TokenKind.ABBREVIATION || kind == TokenKind.DISTINGUISHING_WORD
                || kind == TokenKind.ADJECTIVE_NOUN;
    }

    private static boolean isHardStop(char c) {
        return HARD_STOPS.indexOf(c) >= 0 || Character.isDigit(c) || c < 128 && Character.isLetter(c);
    }
}
