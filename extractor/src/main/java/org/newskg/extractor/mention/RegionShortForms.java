package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The short forms people write for provinces and prefectures: the name without its administrative
 * suffix (呼和浩特市→呼和浩特, 广西壮族自治区→广西), plus a few conventional abbreviations (呼市, 锡盟).
 * Counties and below get none: their bare names (新城, 和平, 长安) are too often ordinary words.
 */
final class RegionShortForms {

    private static final String INNER_MONGOLIA = "内蒙古";

    private static final List<String> SUFFIXES = List.of(
            "特别行政区", "自治区", "自治州", "地区", "省", "市", "盟", "县");

    /** Ethnic names that stand between a place name and 自治区/自治州 (with or without 族). */
    private static final List<String> ETHNIC_NAMES = List.of(
            "维吾尔", "蒙古", "回", "藏", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
            "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
            "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
            "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
            "鄂伦春", "赫哲", "门巴", "珞巴", "基诺");

    /**
     * Stripped names that are ordinary words or belong to something bigger (安康 "well-being",
     * 兴安 inside 大兴安岭, 阿里 the company, 来宾 "guests"); these cities are found by their full name only.
     */
    private static final Set<String> UNSAFE_SHORT_FORMS = Set.of(
            "安康", "白银", "日照", "朝阳", "大同", "中山", "阿里", "北海", "红河", "怒江", "兴安", "长治",
            "开封", "来宾", "河源", "大庆", "普洱", "玉树", "海东", "海西", "海北", "三明", "吉安", "平安",
            "永安", "太平", "黄山", "白山", "金昌", "山南", "定西", "通化", "四平", "江门", "广安", "新乡",
            "宜春", "运城", "昌都", "德宏", "文山", "保山", "玉林", "梧州", "和田", "双鸭山", "七台河");

    /**
     * Conventional abbreviations, each standing for one or more full names: those of Inner
     * Mongolia's leagues, cities and banners as its papers write them (呼市, 锡盟, 土左旗, 和林县), and
     * the city groups of its planning documents (呼包鄂乌 is four cities).
     */
    static final Map<String, List<String>> ABBREVIATIONS = Map.ofEntries(
            // 京 alone is read only where RegionMatchGuard allows it (会议在京闭幕, 抵京).
            Map.entry("京", List.of("北京市")),
            Map.entry("呼市", List.of("呼和浩特市")),
            Map.entry("锡盟", List.of("锡林郭勒盟")),
            Map.entry("阿盟", List.of("阿拉善盟")),
            Map.entry("呼包鄂乌", List.of("呼和浩特市", "包头市", "鄂尔多斯市", "乌兰察布市")),
            Map.entry("呼包鄂", List.of("呼和浩特市", "包头市", "鄂尔多斯市")),
            Map.entry("和林县", List.of("和林格尔县")),
            Map.entry("托县", List.of("托克托县")),
            Map.entry("土左旗", List.of("土默特左旗")),
            Map.entry("土右旗", List.of("土默特右旗")),
            Map.entry("达茂旗", List.of("达尔罕茂明安联合旗")),
            Map.entry("达旗", List.of("达拉特旗")),
            Map.entry("准旗", List.of("准格尔旗")),
            Map.entry("伊旗", List.of("伊金霍洛旗")),
            Map.entry("鄂前旗", List.of("鄂托克前旗")),
            Map.entry("乌前旗", List.of("乌拉特前旗")),
            Map.entry("乌中旗", List.of("乌拉特中旗")),
            Map.entry("乌后旗", List.of("乌拉特后旗")),
            Map.entry("阿左旗", List.of("阿拉善左旗")),
            Map.entry("阿右旗", List.of("阿拉善右旗")),
            Map.entry("额旗", List.of("额济纳旗")),
            Map.entry("东乌旗", List.of("东乌珠穆沁旗")),
            Map.entry("西乌旗", List.of("西乌珠穆沁旗")),
            Map.entry("苏左旗", List.of("苏尼特左旗")),
            Map.entry("苏右旗", List.of("苏尼特右旗")),
            Map.entry("察右前旗", List.of("察哈尔右翼前旗")),
            Map.entry("察右中旗", List.of("察哈尔右翼中旗")),
            Map.entry("察右后旗", List.of("察哈尔右翼后旗")),
            Map.entry("莫旗", List.of("莫力达瓦达斡尔族自治旗")),
            Map.entry("陈旗", List.of("陈巴尔虎旗")),
            Map.entry("新左旗", List.of("新巴尔虎左旗")),
            Map.entry("新右旗", List.of("新巴尔虎右旗")),
            Map.entry("科右前旗", List.of("科尔沁右翼前旗")),
            Map.entry("科右中旗", List.of("科尔沁右翼中旗")),
            Map.entry("科左中旗", List.of("科尔沁左翼中旗")),
            Map.entry("科左后旗", List.of("科尔沁左翼后旗")),
            Map.entry("阿鲁旗", List.of("阿鲁科尔沁旗")));

    private RegionShortForms() {
    }

    /**
     * The suffix-stripped forms of a province's or prefecture's name, and for the development zones
     * NBS lists at township level under the province's name (内蒙古和林格尔新区) the name the papers
     * write (和林格尔新区); empty for other regions.
     */
    static List<String> of(Region region) {
        if (region.level() == RegionLevel.TOWNSHIP && region.name().startsWith(INNER_MONGOLIA)
                && region.name().length() - INNER_MONGOLIA.length() >= 4) {
            return List.of(region.name().substring(INNER_MONGOLIA.length()));
        }
        if (region.level() != RegionLevel.PROVINCE && region.level() != RegionLevel.PREFECTURE) {
            return List.of();
        }
        if (region.name().equals("兴安盟")) {
            return List.of(); // 兴安 is also 大兴安岭 and a county in Guangxi; people write 兴安盟
        }
        List<String> forms = new ArrayList<>();
        String base = stripSuffix(region.name());
        if (base != null && base.length() >= 2 && !UNSAFE_SHORT_FORMS.contains(base)) {
            forms.add(base);
        }
        return forms;
    }

    /** The name without suffix and ethnic qualifier, or null when nothing would be left. */
    static String stripSuffix(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                String base = name.substring(0, name.length() - suffix.length());
                if (suffix.startsWith("自治")) {
                    base = stripEthnicNames(base);
                }
                return base;
            }
        }
        return null;
    }

    private static String stripEthnicNames(String base) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String withoutZu = base.endsWith("族") ? base.substring(0, base.length() - 1) : base;
            for (String ethnic : ETHNIC_NAMES) {
                // Keep two characters at least: 内蒙古 ends in 蒙古, 西藏 in 藏.
                if (withoutZu.endsWith(ethnic) && withoutZu.length() - ethnic.length() >= 2) {
                    base = withoutZu.substring(0, withoutZu.length() - ethnic.length());
                    stripped = true;
                    break;
                }
            }
        }
        return base;
    }
}
