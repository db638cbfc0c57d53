package org.newskg.extractor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizationFinderTest {

    private static final TextContext NEIMENGGU_DAILY = new TextContext("内蒙古日报", LocalDate.of(2022, 2, 8), null);
    private static final TextContext HOHHOT_DAILY = new TextContext("呼和浩特日报", LocalDate.of(2023, 1, 9), null);

    private final OrganizationFinder finder = new OrganizationFinder(text -> Optional.ofNullable(Map.of(
            "包头", "包头市", "包头市", "包头市", "回民区", "回民区", "北京", "北京市").get(text)));
    private final OrganizationFinder bare = OrganizationFinder.withoutGazetteer();

    private static List<String> canonicals(List<Mention> mentions) {
        return mentions.stream().map(Mention::canonical).toList();
    }

    private static Mention named(List<Mention> mentions, String canonical) {
        return mentions.stream().filter(m -> m.canonical().equals(canonical)).findFirst()
                .orElseThrow(() -> new AssertionError(canonical + " not in " + canonicals(mentions)));
    }

    @Test
    void departmentShortFormsExpandUnderTheRegionOfThePaper() {
        List<Mention> found = bare.find("2月7日下午，自治区主席在自治区人社厅调研时强调，要把群众当亲人。", NEIMENGGU_DAILY);
        Mention bureau = named(found, "内蒙古自治区人力资源和社会保障厅");
        assertEquals("自治区人社厅", bureau.text());
        assertEquals("government", bureau.attribute(Mention.ATTR_ORG_TYPE));
        assertEquals("内蒙古自治区人民政府", bureau.attribute(Mention.ATTR_PARENT));
        assertEquals(1, found.size(), () -> canonicals(found).toString());
    }

    @Test
    void partyCommitteesTakeTheirFormalName() {
        List<Mention> found = bare.find("当前，自治区党委和政府正在全力打造营商环境升级版。", NEIMENGGU_DAILY);
        Mention committee = named(found, "中共内蒙古自治区委员会");
        assertEquals("party", committee.attribute(Mention.ATTR_ORG_TYPE));
        List<Mention> city = bare.find("与市委宣传部、教工委、国资委联合召开动员部署会。", HOHHOT_DAILY);
        assertEquals(List.of("中共呼和浩特市委宣传部", "中共呼和浩特市委教育工作委员会", "呼和浩特市人民政府国有资产监督管理委员会"),
                canonicals(city));
        assertEquals("中共呼和浩特市委员会", city.get(0).attribute(Mention.ATTR_PARENT));
    }

    @Test
    void aRegionBeforeAListCarriesOverToEachItem() {
        List<Mention> found = bare.find("自治区党委、人大常委会、政府、政协有关负责同志出席会议。", NEIMENGGU_DAILY);
        assertEquals(List.of("中共内蒙古自治区委员会", "内蒙古自治区人民代表大会常务委员会", "内蒙古自治区人民政府",
                "中国人民政治协商会议内蒙古自治区委员会"), canonicals(found));
        assertEquals("legislature", found.get(1).attribute(Mention.ATTR_ORG_TYPE));
    }

    @Test
    void cityPaperConventions() {
        List<Mention> found = bare.find("市税务局坚持优化服务，市委、市政府高度重视。", HOHHOT_DAILY);
        assertEquals(List.of("国家税务总局呼和浩特市税务局", "中共呼和浩特市委员会", "呼和浩特市人民政府"), canonicals(found));
        List<Mention> centre = bare.find("名单于1月13日之前汇总到市医疗保险服务中心两定机构管理科。", HOHHOT_DAILY);
        assertEquals(List.of("呼和浩特市医疗保险服务中心"), canonicals(centre));
        List<Mention> exam = bare.find("本次考试由市委组织部和市人社局牵头组织。", HOHHOT_DAILY);
        assertEquals(List.of("中共呼和浩特市委组织部", "呼和浩特市人力资源和社会保障局"), canonicals(exam));
        List<Mention> bureau = bare.find("会上，市区域经济合作局党组书记、局长作了发言。", HOHHOT_DAILY);
        assertEquals(List.of("呼和浩特市区域经济合作局"), canonicals(bureau));
    }

    @Test
    void explicitRegionsFromTheGazetteerOrTheGrammar() {
        List<Mention> found = finder.find("住建厅、工信厅和包头市政府、锡林郭勒盟委主要负责同志作了发言。", NEIMENGGU_DAILY);
        assertEquals(List.of("内蒙古自治区住房和城乡建设厅", "内蒙古自治区工业和信息化厅", "包头市人民政府", "中共锡林郭勒盟委员会"),
                canonicals(found));
        assertEquals("回民区图书馆", finder.find("日前，回民区图书馆联合文艺协会开展活动。", HOHHOT_DAILY).get(0).canonical());
    }

    @Test
    void namedCompaniesSchoolsAndCustoms() {
        List<Mention> found = bare.find("记者从乌拉特海关获悉，内蒙古百鲜农业有限公司出口草莓，为创建山丹培黎学校发挥作用。",
                NEIMENGGU_DAILY);
        assertEquals(List.of("乌拉特海关", "内蒙古百鲜农业有限公司", "山丹培黎学校"), canonicals(found));
        assertEquals("company", found.get(1).attribute(Mention.ATTR_ORG_TYPE));
        assertEquals("school", found.get(2).attribute(Mention.ATTR_ORG_TYPE));
        assertNull(found.get(0).attribute(Mention.ATTR_PARENT));
    }

    @Test
    void nationalBodiesByTheirShortNames() {
        List<Mention> found = bare.find("新华社北京2月19日电 党中央、国务院高度重视，国家卫生健康委派出工作组。", NEIMENGGU_DAILY);
        assertEquals(List.of("新华通讯社", "中国共产党中央委员会", "中华人民共和国国务院", "中华人民共和国国家卫生健康委员会"),
                canonicals(found));
    }

    @Test
    void genericPhrasesSlogansAndPlacesAreNotOrganizations() {
        String text = "各级党组织要坚决扛起责任，有关部门负责同志参加，该公司总经理助理介绍，以“一网通办”为抓手，"
                + "推广“蒙速办”APP，3个属地市场监管局设立窗口，来到内蒙古国际会展中心核酸集中检测点，"
                + "全国老干部局长会议召开，决不允许结成利益集团。";
        assertEquals(List.of(), canonicals(bare.find(text, NEIMENGGU_DAILY)));
        List<Mention> title = bare.find("自治区党委常委、秘书长出席。", NEIMENGGU_DAILY);
        assertEquals(List.of("中共内蒙古自治区委员会"), canonicals(title));
    }

    @Test
    void withoutAPaperOnlyExplicitNamesAreFound() {
        List<Mention> found = bare.find("市委书记在市政府召开会议，包头市政府派员参加。", TextContext.none());
        assertEquals(List.of("包头市人民政府"), canonicals(found));
        assertTrue(bare.find("", TextContext.none()).isEmpty());
    }
}
