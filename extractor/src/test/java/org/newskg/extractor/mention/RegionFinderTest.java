package org.newskg.extractor.mention;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionFinderTest {

    private static final RegionFinder FINDER = new RegionFinder();
    private static final TextContext NONE = TextContext.none();
    private static final TextContext IM_DAILY = new TextContext("内蒙古日报", null, null);
    private static final TextContext HOHHOT_DAILY = new TextContext("呼和浩特日报", null, null);

    private static List<String> canonicals(String text, TextContext context) {
        return FINDER.find(text, context).stream().map(Mention::canonical).toList();
    }

    @Test
    void reportsFullNamesWithCodeParentAndCoordinates() {
        List<Mention> found = FINDER.find("记者在呼和浩特市赛罕区看到，居民正在有序排队。", NONE);
        assertEquals(List.of("呼和浩特市", "赛罕区"), found.stream().map(Mention::canonical).toList());
        Mention saihan = found.get(1);
        assertEquals(8, saihan.start());
        assertEquals(11, saihan.end());
        assertEquals("150105000000", saihan.attribute(Mention.ATTR_CODE));
        assertEquals("county", saihan.attribute(Mention.ATTR_LEVEL));
        assertEquals("呼和浩特市", saihan.attribute(Mention.ATTR_PARENT));
        assertEquals("150100000000", saihan.attribute(Mention.ATTR_PARENT_CODE));
        assertTrue(saihan.attribute(Mention.ATTR_LONGITUDE).startsWith("111.7"));
        assertTrue(saihan.attribute(Mention.ATTR_LATITUDE).startsWith("40.7"));
    }

    @Test
    void shortFormsAndAbbreviationsGiveTheFullName() {
        assertEquals(List.of("呼和浩特市", "锡林郭勒盟", "阿拉善盟", "内蒙古自治区", "广西壮族自治区"),
                canonicals("呼市、锡盟、阿拉善和内蒙古的代表与广西客商洽谈合作。", NONE));
        assertEquals(List.of("和林格尔县", "土默特左旗"), canonicals("和林县与土左旗签订协议。", NONE));
    }

    @Test
    void aCityGroupAbbreviationNamesEachCity() {
        List<Mention> found = FINDER.find("推进呼包鄂乌一体化发展。", NONE);
        assertEquals(List.of("呼和浩特市", "包头市", "鄂尔多斯市", "乌兰察布市"),
                found.stream().map(Mention::canonical).toList());
        assertTrue(found.stream().allMatch(m -> m.text().equals("呼包鄂乌")));
    }

    @Test
    void countriesResolveToTheirUsualFullName() {
        assertEquals(List.of("阿根廷共和国", "美利坚合众国", "大不列颠及北爱尔兰联合王国", "中华人民共和国"),
                canonicals("阿根廷队战胜了美国队，英国选手获得第三，中国队位列第四。", NONE));
        assertEquals(List.of("蒙古国"), canonicals("蒙古国客商到访内蒙古族", NONE).subList(0, 1));
    }

    @Test
    void paperConventionsApplyOnlyInTheirPaper() {
        String text = "今年我区将继续推进重大项目建设，全区上下要形成合力。";
        assertEquals(List.of("内蒙古自治区", "内蒙古自治区"), canonicals(text, IM_DAILY));
        assertEquals(List.of(), canonicals(text, NONE));
        assertEquals(List.of("呼和浩特市", "呼和浩特市"), canonicals("我市多措并举，首府市民出行更加便利。", HOHHOT_DAILY));
        assertEquals(List.of(), canonicals("我市多措并举。", IM_DAILY));
    }

    @Test
    void conventionsInsideOtherWordsAreNotRegions() {
        assertEquals(List.of(), canonicals("学校在门口设置了安全区，园区内车辆限速行驶。", IM_DAILY));
        assertEquals(List.of(), canonicals("五个自治区的代表参加了会议。", IM_DAILY));
    }

    @Test
    void aNameFollowedByAnotherWordFallsBackToTheShorterName() {
        List<Mention> found = FINDER.find("北京市场监管部门开展专项检查。", NONE);
        assertEquals(1, found.size());
        assertEquals("北京", found.get(0).text());
        assertEquals("北京市", found.get(0).canonical());
        assertEquals(List.of(), canonicals("游客沿中山路步行，品尝哈密瓜，朝鲜族群众载歌载舞。", NONE));
        assertEquals(List.of("内蒙古自治区"), canonicals("内蒙古山区的牧民", NONE));
        assertEquals(List.of(), canonicals("建设五宜城市，新城区块链企业增多。", NONE).stream()
                .filter(n -> !n.equals("新城区")).toList());
    }

    @Test
    void commonWordLocalNamesNeedTheirParentInTheText() {
        assertEquals(List.of(), canonicals("城区道路已经清扫完毕，东区的居民陆续返岗，光明村的名字很常见。", NONE));
        assertEquals(List.of("阿鲁科尔沁旗", "新民乡", "光明村"), canonicals("阿鲁科尔沁旗新民乡光明村的牧民", NONE));
    }

    @Test
    void townshipsAndVillagesNeedTheirSuffix() {
        assertEquals(List.of("赛罕区", "榆林镇"), canonicals("赛罕区榆林镇组织志愿者上门服务。", NONE));
        assertEquals(List.of("吉忽伦图苏木", "吉忽伦图嘎查"), canonicals("吉忽伦图苏木吉忽伦图嘎查的牧民", NONE));
        assertEquals(List.of(), canonicals("吉忽伦图的牧民", NONE));
    }

    @Test
    void villageNamesSharedByManyVillagesNeedTheirTownship() {
        assertEquals(List.of(), canonicals("团结村和胜利村的村民签订了协议。", NONE));
        List<Mention> found = FINDER.find("阿鲁科尔沁旗新民乡保安村的牧民", NONE);
        assertEquals(List.of("阿鲁科尔沁旗", "新民乡", "保安村"), found.stream().map(Mention::canonical).toList());
        assertEquals("150421200203", found.get(2).attribute(Mention.ATTR_CODE));
    }

    @Test
    void ambiguousNamesPreferTheCityTheArticleNames() {
        Mention inXian = FINDER.find("西安市新城区召开会议。", NONE).get(1);
        assertEquals("610102000000", inXian.attribute(Mention.ATTR_CODE));
        Mention inHohhot = FINDER.find("新城区召开会议。", IM_DAILY).get(0);
        assertEquals("150102000000", inHohhot.attribute(Mention.ATTR_CODE));
        Mention withoutContext = FINDER.find("新城区召开会议。", NONE).get(0);
        assertEquals("150102000000", withoutContext.attribute(Mention.ATTR_CODE));
        // 吉林 is a province and a city: the higher level wins when nothing else decides.
        assertEquals("220000000000", FINDER.find("吉林客商来访。", NONE).get(0).attribute(Mention.ATTR_CODE));
    }

    @Test
    void regionAtTheHeadOfAnOrganizationNameIsStillReported() {
        assertEquals(List.of("锡林郭勒盟"), canonicals("锡林郭勒盟医疗队抵达。", NONE));
    }
}
