package org.newskg.extractor.mention;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionGazetteerTest {

    private static final RegionGazetteer GAZETTEER = RegionGazetteer.bundled();

    private static List<String> fullNames(String written, TextContext context) {
        return GAZETTEER.readings(written, context).stream().map(f -> f.region().name()).distinct().toList();
    }

    @Test
    void coversChinaToCountyAndInnerMongoliaToVillages() {
        Map<RegionLevel, Integer> counts = new EnumMap<>(RegionLevel.class);
        GAZETTEER.regions().forEach(r -> counts.merge(r.level(), 1, Integer::sum));
        System.out.println("gazetteer rows by level: " + counts);
        assertEquals(34, counts.get(RegionLevel.PROVINCE));
        assertTrue(counts.get(RegionLevel.COUNTRY) >= 190);
        assertTrue(counts.get(RegionLevel.COUNTY) >= 2900);
        assertTrue(GAZETTEER.regions().stream()
                .filter(r -> r.level() == RegionLevel.VILLAGE).allMatch(Region::inInnerMongolia));
    }

    @Test
    void municipalitiesHaveNoPlaceholderCity() {
        Region dongcheng = GAZETTEER.byFullName("东城区").get(0);
        assertEquals("北京市", GAZETTEER.parentOf(dongcheng).orElseThrow().name());
        assertTrue(GAZETTEER.byFullName("市辖区").isEmpty());
    }

    @Test
    void ancestorsLeadUpToTheCountry() {
        Region saihan = GAZETTEER.byCode("150105000000").orElseThrow();
        assertEquals(List.of("呼和浩特市", "内蒙古自治区", "中华人民共和国"),
                GAZETTEER.ancestorsOf(saihan).stream().map(Region::name).toList());
    }

    @Test
    void shortFormsOfProvincesAndPrefectures() {
        TextContext none = TextContext.none();
        assertEquals(List.of("内蒙古自治区"), fullNames("内蒙古", none));
        assertEquals(List.of("广西壮族自治区"), fullNames("广西", none));
        assertEquals(List.of("呼和浩特市"), fullNames("呼和浩特", none));
        assertEquals(List.of("锡林郭勒盟"), fullNames("锡林郭勒", none));
        assertEquals(List.of("锡林郭勒盟"), fullNames("锡盟", none));
        assertEquals(List.of("延边朝鲜族自治州"), fullNames("延边", none));
        assertEquals(List.of(), fullNames("兴安", none));
        assertEquals(List.of(), fullNames("新城", none));
        assertEquals(List.of("阿根廷共和国"), fullNames("阿根廷", none));
        assertTrue(GAZETTEER.byFullName("新城区").size() > 1);
    }

    @Test
    void paperConventionsDependOnThePaper() {
        assertEquals(List.of("内蒙古自治区"), fullNames("全区", new TextContext("内蒙古日报", null, null)));
        assertEquals(List.of(), fullNames("全区", TextContext.none()));
        assertEquals(List.of("呼和浩特市"), fullNames("青城", new TextContext("呼和浩特日报", null, null)));
    }
}
