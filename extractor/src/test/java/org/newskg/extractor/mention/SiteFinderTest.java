package org.newskg.extractor.mention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteFinderTest {

    private static final SiteFinder FINDER = new SiteFinder();

    private static List<String> names(String text) {
        return FINDER.find(text, TextContext.none()).stream().map(Mention::canonical).toList();
    }

    @Test
    void findsVenuesAfterPrepositionsAndVerbs() {
        assertEquals(List.of("国家体育场", "首都体育馆"), names("闭幕式在国家体育场举行，决赛在首都体育馆进行。"));
        assertEquals(List.of("内蒙古国际会展中心"), names("工作组来到内蒙古国际会展中心核酸检测点。"));
        assertEquals(List.of("甘其毛都口岸"), names("当地依托甘其毛都口岸发展外贸。"));
    }

    @Test
    void listsOfSitesAreSplitAtTheirSeparators() {
        assertEquals(List.of("SKP旗舰店", "吾悦广场", "华润万象城"), names("重点推进SKP旗舰店、吾悦广场、华润万象城等项目。"));
    }

    @Test
    void aDivisionBeforeTheNameBecomesItsParent() {
        List<Mention> found = FINDER.find("检查组来到新城区维力斯酒店集中隔离点。", TextContext.none());
        assertEquals(1, found.size());
        assertEquals("维力斯酒店", found.get(0).canonical());
        assertEquals("新城区", found.get(0).attribute(Mention.ATTR_PARENT));
    }

    @Test
    void genericBodiesAreNotSites() {
        assertEquals(List.of(), names("隔离酒店的工作人员说，该小区已经解封，老旧小区改造和道路修缮同步推进，市民沿着公路逛街。"));
    }

    @Test
    void everydayWordsEndingInASuffixAreNotSites() {
        assertEquals(List.of(), names("他一路走来，思路清晰，马路上车辆很多，交通路网日益完善，十大博物馆名单公布。"));
    }

    @Test
    void subdistrictsAreLeftToTheRegionFinder() {
        assertEquals(List.of(), names("人民路街道的志愿者上门服务。"));
        assertEquals(List.of("中山路"), names("大力推进中山路等传统商圈改造。"));
    }

    @Test
    void scoresOnTheSamplePages() throws IOException {
        Path data = Path.of("..", "data");
        ObjectMapper json = new ObjectMapper();
        int hit = 0;
        int found = 0;
        int gold = 0;
        List<String> manifest = Files.readAllLines(data.resolve("corpus/manifest.csv"), StandardCharsets.UTF_8);
        for (String line : manifest.subList(1, manifest.size())) {
            String file = line.split(",")[0];
            String text = Files.readString(data.resolve("corpus").resolve(file), StandardCharsets.UTF_8).replaceAll("\\s+", "");
            Set<String> predicted = new TreeSet<>(names(text));
            Set<String> expected = new TreeSet<>();
            json.readTree(data.resolve("gold").resolve(file.replace(".txt", ".json")).toFile())
                    .get("sites").forEach((JsonNode s) -> expected.add(s.get("name").asText()));
            Set<String> both = new TreeSet<>(predicted);
            both.retainAll(expected);
            Set<String> missed = new TreeSet<>(expected);
            missed.removeAll(predicted);
            Set<String> extra = new TreeSet<>(predicted);
            extra.removeAll(expected);
            System.out.printf("%s sites: %d/%d, missed %s, extra %s%n", file, both.size(), expected.size(), missed, extra);
            hit += both.size();
            found += predicted.size();
            gold += expected.size();
        }
        double precision = (double) hit / found;
        double recall = (double) hit / gold;
        System.out.printf("sites on the sample: precision %.3f (%d/%d), recall %.3f (%d/%d)%n", precision, hit, found, recall, hit, gold);
        assertTrue(precision >= 0.85, "precision " + precision);
        assertTrue(recall >= 0.85, "recall " + recall);
    }
}
