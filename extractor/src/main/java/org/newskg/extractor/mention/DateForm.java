package org.newskg.extractor.mention;

import java.util.regex.Pattern;

/**
 * The written forms of a date, most specific first: when two forms match overlapping text the
 * longer match wins, and on equal length the earlier form. Lookbehinds keep numbers that count
 * things (第1版, 近3日, 24小时, 3日游) from being read as days.
 */
enum DateForm {

    /** 2022年2月19日, 二〇二二年二月十九日, 去年12月28日, 2023年1月7日至8日. */
    YEAR_MONTH_DAY(DateForm.YEAR_RE + DateForm.MONTH_RE + DateForm.DAY_RE + DateForm.RANGE_END),
    /** 2月19日, 1月7日至8日, 2月28日—3月1日. */
    MONTH_DAY(DateForm.NOT_AFTER_NUMBER + DateForm.MONTH_RE + DateForm.DAY_RE + DateForm.RANGE_END),
    /** 正月初七, 腊月二十三, 农历八月十五. */
    LUNAR("(农历)?(正|腊|冬|十一|十二|十|[一二三四五六七八九])月"
            + "(初[一二三四五六七八九十]|二十[一二三四五六七八九]?|十[一二三四五六七八九]|廿[一二三四五六七八九]|三十)"
            + "(?![日号])"),
    /** 除夕, 春节, 元宵节: one day each, unless the text means the holiday period. */
    FESTIVAL("(除夕|大年三十|大年初一|春节|元宵节|端午节|中秋节|重阳节|七夕节)"
            + "(?!期间|假期|长假|前后|前|后|以来|里|档|假|联欢|晚会|团拜|氛围|气氛|消费|市场|旅游|返乡|返程|出行|慰问|走访)"),
    /** 2022年7月, 2022年7月份, 2021年12月底. */
    YEAR_MONTH(DateForm.YEAR_RE + DateForm.MONTH_RE + "(份)?(底|末|初|中旬|上旬|下旬)?"),
    /** 2021—2023年: a span of years. */
    YEAR_RANGE("(?<![0-9０-９])([12][0-9]{3})(?:至|到|—{1,2}|－|-|~|～|–)([12][0-9]{3})年(?!代)"),
    /** 2022年, 2021年底, 今年, 去年. */
    YEAR(DateForm.YEAR_RE + "(底|末|初)?(?!代|级|[0-9０-９])"),
    /** 1月份, 12月, 十二月份, 1月底: Chinese numerals only with 份, where they are unambiguous. */
    MONTH("(?<![0-9０-９至到—\\-~～–第个])([0-9０-９]{1,2}月(?:份)?|(?:十[一二]?|[一二三四五六七八九])月份)(底|末|初|中旬|上旬|下旬)?"
            + "(?![0-9０-９一二三四五六七八九十廿初]|[日号])"),
    /** 7日—8日, 7至8日: a range of days in a month given earlier. */
    DAY_RANGE(DateForm.BARE_DAY_START + "([0-9０-９]{1,2})日?(?:至|到|—{1,2}|－|-|~|～|–)([0-9０-９]{1,2})日"
            + DateForm.NOT_DURATION),
    /** 19日, 二十日: a day in the month the text is talking about. */
    DAY(DateForm.BARE_DAY_START + "([0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九])日"
            + DateForm.NOT_DURATION),
    /** 当日, 当天: the day the text last named. */
    SAME_DAY("(?<!每|一|半|同|某)(当日|当天)"),
    /**
     * 今天, 昨天, 前天, 明天 and their written forms; not 今天的 (nowadays) nor a 今天…明天 contrast
     * within one saying, where the words mean the present and the future.
     */
    RELATIVE_DAY("(?<!每|[今昨明][天日].{0,12})(今天|今日|昨天|昨日|前天|明天|明日)(?!头条|的|.{0,12}[今昨明][天日])"),
    /** 本月, 上月, 上个月, 下月. */
    RELATIVE_MONTH("(本月|上月|上个月|下月|下个月)(底|末|初)?");

    /** A four-digit year (digit by digit in Chinese too) or a year relative to the reference. */
    static final String YEAR_RE = "(?:(?<![0-9０-９])([12][0-9]{3}|[12][０-９]{3}|[一二][〇零一二三四五六七八九]{3})"
            + "|(?<![如至迄当过说表证声透聪简文光阐发英失])(今|去|明))年(?![轻龄纪限华])";
    static final String MONTH_RE = "([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])月";
    static final String DAY_RE = "([0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]|[一二三四五六七八九])[日号]";
    static final String RANGE_END = "(?:(?:至|到|—{1,2}|－|-|~|～|–)(?:" + MONTH_RE + ")?"
            + "([0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?";
    static final String NOT_AFTER_NUMBER = "(?<![0-9０-９年第])";
    static final String BARE_DAY_START = "(?<![0-9０-９月第前后近连每数几这个至到—\\-~～–一二三四五六七八九十廿初])";
    static final String NOT_DURATION = "(?!游|内|以内|之内)";

    /** The characters a YEAR_RE match can begin with. */
    private static final String YEAR_STARTS = "12一二今去明";
    private static final String DIGITS = "0123456789０１２３４５６７８９";
    private static final String MONTH_STARTS = DIGITS + "十一二三四五六七八九";

    /**
     * For each character, bit {@code ordinal} set when that form's match can begin with it (the
     * text after any leading look-behind). Must list every possible first character of the form's
     * regex: a character left out would lose matches.
     */
    private static final char[] START_MASK = new char[Character.MAX_VALUE + 1];

    static {
        for (DateForm form : values()) {
            String starts = switch (form) {
                case YEAR_MONTH_DAY, YEAR_MONTH, YEAR -> YEAR_STARTS;
                case MONTH_DAY, MONTH -> MONTH_STARTS;
                case LUNAR -> "农正腊冬十一二三四五六七八九";
                case FESTIVAL -> "除大春元端中重七";
                case YEAR_RANGE -> "12";
                case DAY_RANGE -> DIGITS;
                case DAY -> DIGITS + "一二三十廿";
                case SAME_DAY -> "当";
                case RELATIVE_DAY -> "今昨前明";
                case RELATIVE_MONTH -> "本上下";
            };
            for (int i = 0; i < starts.length(); i++) {
                START_MASK[starts.charAt(i)] |= (char) (1 << form.ordinal());
            }
        }
    }

    private final Pattern pattern;

    DateForm(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** The forms (bits by ordinal) whose match can begin with {@code c}. */
    static int startMask(char c) {
        return START_MASK[c];
    }

    Pattern pattern() {
        return pattern;
    }
}
