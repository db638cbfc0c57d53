package org.newskg.extractor.mention;

import java.util.List;
import java.util.Map;

/**
 * What a paper means by its own words for regions: in 内蒙古日报 自治区, 我区, 全区 and 区内 are
 * 内蒙古自治区; in 呼和浩特日报 我市, 全市, 首府 and 青城 are 呼和浩特市. Both papers are published in
 * the autonomous region, so 自治区 and 首府 mean the same in both.
 */
final class RegionPaperConventions {

    static final String INNER_MONGOLIA_DAILY = "内蒙古日报";
    static final String HOHHOT_DAILY = "呼和浩特日报";
    static final String INNER_MONGOLIA = "内蒙古自治区";
    static final String HOHHOT = "呼和浩特市";

    /** paper → written form → full name. */
    static final Map<String, Map<String, String>> BY_PAPER = Map.of(
            INNER_MONGOLIA_DAILY, Map.of(
                    "自治区", INNER_MONGOLIA, "我区", INNER_MONGOLIA, "全区", INNER_MONGOLIA, "区内", INNER_MONGOLIA,
                    "首府", HOHHOT, "青城", HOHHOT),
            HOHHOT_DAILY, Map.of(
                    "自治区", INNER_MONGOLIA, "我区", INNER_MONGOLIA,
                    "我市", HOHHOT, "全市", HOHHOT, "首府", HOHHOT, "青城", HOHHOT));

    /** The regions a paper writes from, which count as context when names are ambiguous. */
    static final Map<String, List<String>> HOME = Map.of(
            INNER_MONGOLIA_DAILY, List.of(INNER_MONGOLIA),
            HOHHOT_DAILY, List.of(INNER_MONGOLIA, HOHHOT));

    /** The full names of the regions {@code paper} writes from; none when the paper is unknown. */
    static List<String> homeOf(String paper) {
        return paper == null ? List.of() : HOME.getOrDefault(paper, List.of());
    }

    private RegionPaperConventions() {
    }
}
