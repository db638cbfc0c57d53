package org.newskg.extractor.mention;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.lexicon.Lexicons;
import org.newskg.extractor.token.Tokenizer;

/**
 * The rules that keep ordinary words from being read as regions: a name whose last character
 * starts a different word with what follows (北京市场 is 北京 + 市场), a short form that is the head
 * of a longer word (中山路, 朝鲜族), a paper convention inside another word (安全区), and local names
 * that are common words (城区, 东区, 光明村) and so need their parent named in the article.
 */
final class RegionMatchGuard {

    /** Characters that turn a bare short form into a different word: 中山路, 朝鲜族, 哈密瓜, 印度洋. */
    private static final String BLOCKED_AFTER_SHORT_FORM = "路街巷桥门石瓜族语治菜茶洋剧";

    /** For each paper convention, the characters before it that make it part of another word. */
    private static final Map<String, String> BLOCKED_BEFORE_CONVENTION = Map.of(
            "全区", "安健完齐保周成两万",
            "我区", "自忘本超",
            "自治区", "族个各等些类",
            "全市", "安健完齐保周成两万",
            "我市", "自忘本超");

    /** 区内 is the region only when it stands alone; 园区内, 社区内, 景区内 are other places. */
    private static final String ALLOWED_BEFORE_QUNEI = "在于从向到至和与及对为是、，。；：“（";

    /** What the name of a real township ends in; other township-level units are zones and farms. */
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("镇", "乡", "苏木", "街道");

    private static final List<String> LOCAL_SUFFIXES = List.of(
            "自治县", "自治旗", "民族乡", "街道", "苏木", "嘎查", "社区", "林区", "区", "县", "旗", "市", "镇", "乡", "村");

    private final Tokenizer words;
    /** Two-character words whose first character is an administrative suffix (市场, 区域, 旗帜). */
    private final Set<String> suffixContinuations;
    /** County names that are also everyday words of Chinese history and politics. */
    private final Set<String> commonWordNames;
    /** Township and village names that are everyday words or slogans in a news text. */
    private final Set<String> commonLocalBases;

    RegionMatchGuard(Tokenizer words, Lexicons lexicons) {
        this.words = words;
        this.suffixContinuations = lexicons.words("region-suffix-continuations.txt");
        this.commonWordNames = lexicons.words("region-common-word-names.txt");
        this.commonLocalBases = lexicons.words("region-common-local-bases.txt");
    }

    /** Whether the text around {@code [start, end)} lets {@code form} be read as a region. */
    /**
     * One-character forms, read only right after the characters given here, the verbs of being or
     * coming somewhere (会议在京闭幕, 抵京, 来京访问); elsewhere they are part of other words.
     */
    private static final Map<String, String> ONE_CHARACTER_FORM_AFTER = Map.of("京", "在来抵进离赴返回留驻");
    /** Characters that make a word with a one-character form after it: 京剧, 京东, 京津冀, 京沪. */
    private static final String BLOCKED_AFTER_ONE_CHARACTER = "东剧津城腔味韵华沪港广西北南哈藏九";

    boolean accepts(RegionForm form, CharSequence text, int start, int end) {
        String allowedBefore = ONE_CHARACTER_FORM_AFTER.get(form.text());
        if (allowedBefore != null) {
            char previous = start > 0 ? text.charAt(start - 1) : ' ';
            char following = end < text.length() ? text.charAt(end) : ' ';
            return allowedBefore.indexOf(previous) >= 0 && BLOCKED_AFTER_ONE_CHARACTER.indexOf(following) < 0;
        }
        if (form.region().level() == RegionLevel.TOWNSHIP && !isTownshipName(form, text, start)) {
            return false;
        }
        char next = end < text.length() ? text.charAt(end) : ' ';
        if (end < text.length() && suffixContinuations.contains("" + text.charAt(end - 1) + next)) {
            return false;
        }
        if (form.kind() != RegionForm.Kind.FULL && BLOCKED_AFTER_SHORT_FORM.indexOf(next) >= 0) {
            return false;
        }
        if (form.kind() == RegionForm.Kind.PAPER) {
            char previous = start > 0 ? text.charAt(start - 1) : ' ';
            if (form.text().equals("区内")) {
                return !isCjk(previous) || ALLOWED_BEFORE_QUNEI.indexOf(previous) >= 0;
            }
            String blocked = BLOCKED_BEFORE_CONVENTION.getOrDefault(form.text(), "");
            return blocked.indexOf(previous) < 0;
        }
        return true;
    }

    /**
     * Whether a full local name is too common a word to stand on its own: 城区, 东区 (one-character
     * bases), 光明村, 和平街道, county cities in 城市, and zones and farms listed as townships
     * (新能源产业园). Such names count only when the article names their parent.
     */
    boolean needsContext(RegionForm form) {
        Region region = form.region();
        if (region.level().isAbove(RegionLevel.COUNTY)) {
            return false;
        }
        if (region.level() == RegionLevel.TOWNSHIP && TOWNSHIP_SUFFIXES.stream().noneMatch(region.name()::endsWith)) {
            return true; // 新能源产业园, 三义堂农场: zones and farms NBS lists at township level
        }
        if (form.kind() != RegionForm.Kind.FULL) {
            return false;
        }
        if (commonWordNames.contains(region.name())) {
            return true;
        }
        if (region.level() == RegionLevel.COUNTY && region.name().endsWith("城市")) {
            return true; // 海城市, 兴城市, 宜城市 read as 沿海城市, 新兴城市, 五宜城市 far more often
        }
        String base = base(region.name());
        if (base.length() <= 1) {
            return true;
        }
        return region.level() != RegionLevel.COUNTY && commonLocalBases.contains(base);
    }

    /** Whether a township or village name would be made of a base that is an everyday word (幸福, 新农). */
    boolean isCommonLocalBase(String base) {
        return commonLocalBases.contains(base);
    }

    /**
     * Township names are many and short, and some are words or parts of words: 小城镇 (small
     * towns), 部|分乡镇 (部分乡镇, some towns). A township is read only where its name is no
     * ordinary word and does not start inside one.
     */
    private static final String COUNTY_ENDINGS = "县市区旗盟州";

    private boolean isTownshipName(RegionForm form, CharSequence text, int start) {
        String name = form.text();
        if (words.isCommonWord(name)) {
            return false;
        }
        char previous = start == 0 ? ' ' : text.charAt(start - 1);
        // 某某县|城关镇: a county's last character makes 县城 with it, yet the county ends there.
        return !isCjk(previous) || COUNTY_ENDINGS.indexOf(previous) >= 0
                || !words.isCommonWord("" + previous + name.charAt(0));
    }

    static String base(String name) {
        for (String suffix : LOCAL_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
