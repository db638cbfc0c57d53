package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the site grammar is made of: the suffixes that end a site's name, the words that
 * end the text before a name (在, 来到, 推进), and the bodies that make a suffix generic (隔离酒店,
 * 老旧小区, 公路).
 */
final class SiteVocabulary {

    /** Suffixes that end the name of a building, venue, compound, port, scenic spot or road. */
    private static final List<String> SUFFIXES = List.of(
            "国际会展中心", "会展中心", "会议中心", "展览中心", "体育中心", "购物中心", "国际机场",
            "体育场", "体育馆", "体育公园", "游泳馆", "滑雪场", "大剧院", "剧场", "剧院", "音乐厅",
            "博物馆", "博物院", "纪念馆", "美术馆", "科技馆", "展览馆", "大会堂", "会堂", "大厦",
            "酒店", "宾馆", "饭店", "小区", "公寓", "家园", "广场", "万象城", "商场", "旗舰店",
            "口岸", "机场", "火车站", "高铁站", "客运站", "码头", "景区", "风景区", "旅游区", "度假区",
            "公园", "动物园", "植物园", "产业园", "工业园", "科技园", "牧场", "净水厂", "污水处理厂",
            "水厂", "电厂", "老街", "步行街", "大街", "大道", "路", "街", "巷", "胡同", "大桥", "立交桥",
            "隧道", "古城", "遗址");

    /** Suffixes by their last character, longest first, for scanning. */
    static final Map<Character, List<String>> SUFFIXES_BY_LAST_CHAR = byLastChar();

    /** Characters that never stand inside a site name and so end the text before it. */
    static final String BOUNDARY_CHARS = "在到于的与及对从赴是为了将把被由至往让使该这那每并而也还就又再已曾要应需着过得等个进住去";

    /** Verbs that stand right before a site's name: 依托甘其毛都口岸, 加快实施城南万达广场. */
    static final Set<String> BOUNDARY_VERBS = Set.of(
            "实施", "推进", "推动", "加快", "建设", "打造", "完善", "提升", "依托", "启动", "来到", "走进",
            "前往", "抵达", "位于", "入住", "参观", "考察", "调研", "检查", "举办", "举行", "开展", "开放",
            "建成", "落户", "入驻", "改造", "新建", "扩建", "规划", "布局", "投用", "运营", "面对", "利用",
            "通过", "经过", "途经", "深入", "慰问", "看望", "包括", "围绕", "走访", "视察", "途径", "离开",
            "返回", "回到", "设立", "设在", "选址", "毗邻", "紧邻", "靠近", "连接", "沿着", "经由");

    /** Bodies that make the suffix a generic word: 隔离酒店, 老旧小区, 城市公园. */
    static final Set<String> GENERIC_BODIES = Set.of(
            "隔离", "集中隔离", "定点", "方舱", "附近", "周边", "城市", "社区", "居民", "商业", "老旧", "新建",
            "大型", "小型", "周围", "高速", "乡村", "农村", "公共", "重点", "其他", "部分", "所有", "涉疫",
            "封控", "管控", "城区", "市区", "主要", "当地", "文化", "休闲", "健身", "体育", "中心", "市民",
            "住宅", "高风险", "中风险", "低风险", "全部", "安置", "回迁", "星级", "快捷", "经济型", "主题",
            "口袋", "郊野", "湿地", "森林", "智慧", "数字", "现代", "特色", "综合", "标准", "示范", "生态",
            "旅游", "知名", "著名", "国际", "国内", "各类", "各种", "一些", "多家", "多个", "有关", "相关",
            "一流", "高端", "大中型", "小微", "新型", "传统", "无疫", "密接", "次密接", "阳性", "病例",
            "风险", "疫情", "防疫", "核酸", "检测", "线上", "线下", "网上", "实体", "大众", "平价", "小区",
            "综合性", "专题");

    /** Words a suffix starts with the text after it: 交通路网, 工作路径 are no roads. */
    static final Set<String> SUFFIX_CONTINUATIONS = Set.of(
            "路网", "路径", "路线", "路况", "路面", "路灯", "路费", "路演", "路人", "路由", "路子", "路数",
            "路基", "路政", "路程", "路过", "街坊", "巷战", "场景", "场所", "园区", "园长", "馆长", "店长");

    /** Counted references (十大博物馆, 三座体育馆) describe kinds of places, not one named place. */
    static final String NUMERALS = "一二三四五六七八九十百千两几数";
    static final String COUNTERS = "大个家座所条处批类";

    /** Body-final characters that make a generic word with the suffix's first character: 公路, 马路, 逛街. */
    static final Set<String> GENERIC_COMPOUNDS = Set.of(
            "公路", "铁路", "道路", "马路", "线路", "思路", "出路", "网路", "水路", "陆路", "老路", "弯路",
            "新路", "歧路", "套路", "活路", "门路", "退路", "后路", "前路", "生路", "电路", "环路", "一路",
            "沿路", "全路", "带路", "让路", "走路", "上路", "半路", "同路", "迷路", "铺路", "修路", "开路",
            "大路", "小路", "跑路", "夜路", "来路", "回路", "支路", "主路", "辅路", "岔路", "上街",
            "逛街", "临街", "沿街", "满街", "当街", "商街", "小巷", "深巷", "街巷");

    /** Determiners that show the name is a reference, not a name: 该小区, 本酒店, 各景区. */
    static final String DETERMINERS = "该本此这那各全每某其一两几个诸";

    /** The longest a name's body is allowed to be; beyond it, the start of the name is a guess. */
    static final int MAX_BODY = 12;

    private SiteVocabulary() {
    }

    private static Map<Character, List<String>> byLastChar() {
        Map<Character, List<String>> map = new HashMap<>();
        for (String suffix : SUFFIXES) {
            map.computeIfAbsent(suffix.charAt(suffix.length() - 1), k -> new ArrayList<>()).add(suffix);
        }
        map.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        return Map.copyOf(map);
    }
}
