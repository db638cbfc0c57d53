package org.newskg.extractor.mention;

import java.util.List;

/**
 * Where an organization name may begin. Chinese writes no spaces, so the left edge of a name is
 * where the sentence around it shows through: punctuation, a preposition (在, 从, 与), a verb that
 * takes the organization as object (召开, 来到, 创建), or a determiner that makes it generic (该, 各).
 */
final class OrganizationNameBoundary {

    private static final String STOP_CHARS = "的了在从向对由于为是把被让给与及同跟等该各本这那此其每全我你他她它们将已也还就并或和着过个到至赴据请";

    private static final List<String> STOP_WORDS = List.of(
            "召开", "主持", "出席", "参加", "举办", "举行", "联合", "会同", "牵头", "来到", "走进",
            "深入", "前往", "获悉", "了解", "印发", "通报", "推动", "推进", "支持", "引进", "落户",
            "入驻", "签约", "签署", "旗下", "下属", "所属", "以及", "包括", "其中", "作为", "成为",
            "有关", "相关", "结成", "位于", "进入", "记者", "日前", "近日", "目前", "当前", "创建",
            "成立", "设立", "打造", "看望", "慰问", "考察", "视察", "走访", "率领",
            "带领", "陪同", "会见", "会议", "强调", "指出", "表示", "介绍", "认为", "要求", "部署", "获得",
            "荣获", "评为", "入选", "授予", "依托", "通过", "围绕", "申请", "委托", "复信", "致信",
            "致电", "回信", "贺信", "发挥", "实现", "落实", "贯彻", "情况", "不合格", "举措");

    /** Whether some stop word ends with the character. */
    private static final boolean[] ENDS_STOP_WORD = new boolean[Character.MAX_VALUE + 1];

    static {
        for (String word : STOP_WORDS) {
            ENDS_STOP_WORD[word.charAt(word.length() - 1)] = true;
        }
    }

    /** Last characters of organization and region names, after which 和 joins two names. */
    private static final String NAME_ENDINGS = "委府厅局会司团院校区市县旗盟省部办心关协";

    /** The longest a name's body (what comes before its suffix) runs, to keep runaway spans short. */
    static final int MAX_BODY = 16;

    private OrganizationNameBoundary() {
    }

    static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '·' || c == '（' || c == '）';
    }

    /** True when a name may start at {@code pos}: nothing before it could belong to the same name. */
    static boolean isBoundaryBefore(String text, int pos) {
        if (pos == 0) {
            return true;
        }
        char before = text.charAt(pos - 1);
        if (before == '和') {
            // 和 inside a name (呼和浩特, 和平区) is no boundary; after a complete name (党委和政府) it is.
            return pos == 1 || NAME_ENDINGS.indexOf(text.charAt(pos - 2)) >= 0 || !isNameChar(text.charAt(pos - 2));
        }
        return !isNameChar(before) || STOP_CHARS.indexOf(before) >= 0 || stopWordEndingAt(text, pos) > 0;
    }

    /**
     * Walks left from {@code end} over characters that can belong to a name and returns where the
     * name starts. 和 joins words inside one name (人力资源和社会保障厅) but separates two names
     * (党委和政府): it is crossed only when what stands before it is not itself a complete name.
     */
    static int walkLeft(String text, int end, OrganizationSuffixes suffixes) {
        int pos = end;
        int limit = Math.max(0, end - MAX_BODY);
        while (pos > limit) {
            char c = text.charAt(pos - 1);
            if (!isNameChar(c) || stopWordEndingAt(text, pos) > 0) {
                break;
            }
            if (STOP_CHARS.indexOf(c) >= 0) {
                if (c != '和' || pos - 1 == 0 || suffixes.endsWithSuffix(text, pos - 1)
                        || NAME_ENDINGS.indexOf(text.charAt(pos - 2)) >= 0 || !isNameChar(text.charAt(pos - 2))) {
                    break;
                }
            }
            pos--;
        }
        return pos;
    }

    /** Whether {@code text} holds a word that cannot stand inside a name. */
    static boolean containsStop(String text) {
        // A name may open with 和 (和林格尔, 和平区); elsewhere 和 joins two things.
        for (int i = text.startsWith("和") ? 1 : 0; i < text.length(); i++) {
            if (STOP_CHARS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        for (String word : STOP_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static int stopWordEndingAt(String text, int pos) {
        if (pos >= 1 && pos <= text.length() && !ENDS_STOP_WORD[text.charAt(pos - 1)]) {
            return 0;
        }
        for (String word : STOP_WORDS) {
            if (text.startsWith(word, pos - word.length())) {
                return word.length();
            }
        }
        return 0;
    }
}
