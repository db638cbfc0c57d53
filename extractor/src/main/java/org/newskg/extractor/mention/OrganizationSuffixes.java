package org.newskg.extractor.mention;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last words of organization names and the kind of organization each one makes. Some stand on
 * their own after any proper name (有限公司, 大学, 海关); the administrative ones (局, 中心, 办公室)
 * are organizations only after a region, because 中心 and 办公室 alone name places and rooms too.
 */
final class OrganizationSuffixes {

    /** Suffix → organization type, longest first so 有限公司 wins over 公司. */
    private static final Map<String, String> AFTER_ANY_NAME = ordered(
            "股份有限公司", "company", "有限责任公司", "company", "有限公司", "company", "集团", "company",
            "公司", "company", "银行", "company",
            "大学", "school", "学院", "school", "学校", "school", "中学", "school", "小学", "school",
            "幼儿园", "school",
            "社区卫生服务中心", "hospital", "卫生服务中心", "hospital", "卫生院", "hospital", "医院", "hospital",
            "日报社", "media", "报社", "media", "广播电视台", "media", "电视台", "media", "出版社", "media",
            "协会", "association", "学会", "association", "联合会", "association", "商会", "association",
            "基金会", "association", "研究院", "other", "研究所", "other", "海关", "government",
            "博物院", "other", "医疗队伍", "other", "医疗队", "other",
            "中级人民法院", "court", "人民法院", "court", "人民检察院", "court");

    private static final Map<String, String> AFTER_REGION = ordered(
            "领导小组办公室", "government", "委员会", "government", "办公室", "government",
            "管理局", "government", "服务中心", "government", "中心", "government", "总局", "government",
            "局", "government", "厅", "government", "工作组", "government",
            "博物馆", "other", "图书馆", "other", "文化馆", "other");

    /** Words ending a 中心 that make it a place (会展中心, 数据中心), which the site finder handles. */
    private static final String[] PLACE_BODIES = {"会展", "展览", "数据", "体育", "购物", "演艺", "活动", "会议",
        "副", "物流", "科创", "文化", "检测", "商业"};

    private OrganizationSuffixes() {
    }

    static OrganizationSuffixes standard() {
        return new OrganizationSuffixes();
    }

    Map<String, String> afterAnyName() {
        return AFTER_ANY_NAME;
    }

    Map<String, String> afterRegion() {
        return AFTER_REGION;
    }

    /** The type of the organization a suffix ending at {@code end} makes, if any. */
    Optional<String> suffixEndingAt(String text, int end) {
        for (Map<String, String> table : java.util.List.of(AFTER_ANY_NAME, AFTER_REGION)) {
            for (Map.Entry<String, String> e : table.entrySet()) {
                if (text.startsWith(e.getKey(), end - e.getKey().length())) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the text just before {@code end} completes a name (党委, 政府, 集团) rather than a word. */
    boolean endsWithSuffix(String text, int end) {
        if (suffixEndingAt(text, end).isPresent()) {
            return true;
        }
        for (String unit : new String[] {"委", "政府", "政协", "人大"}) {
            if (text.startsWith(unit, end - unit.length())) {
                return true;
            }
        }
        return false;
    }

    static boolean namesAPlace(String body) {
        for (String place : PLACE_BODIES) {
            if (body.endsWith(place)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A suffix followed by 长 or 员 is part of a title (局长, 委员), not the end of a name; one followed
     * by 党组 or 机关 still ends the name.
     */
    static boolean followedByTitle(String text, int end) {
        return end < text.length() && (text.charAt(end) == '长' || text.charAt(end) == '员'
                || text.startsWith("代表", end));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
