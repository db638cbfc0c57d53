package org.newskg.extractor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.entity.Iris;
import org.newskg.extractor.rdf.DocumentGraphBuilder;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.ontology.Schema;

/**
 * Towns everywhere in China from the gazetteer, and villages by their grammar right after the
 * county or township they lie in.
 */
class LocalDivisionsTest {

    private static final RegionFinder FINDER = new RegionFinder();
    private static final TextContext NONE = TextContext.none();

    private static List<Mention> regions(String text) {
        return FINDER.find(text, NONE);
    }

    private static List<String> names(String text) {
        return regions(text).stream().map(Mention::canonical).toList();
    }

    @Test
    void townsOutsideInnerMongoliaAreInTheGazetteerWithTheirCounty() {
        Mention town = regions("调研组来到井冈山市茅坪镇，察看红色旅游。").stream()
                .filter(m -> m.canonical().equals("茅坪镇")).findFirst().orElseThrow();
        assertEquals("township", town.attribute(Mention.ATTR_LEVEL));
        assertEquals("井冈山市", town.attribute(Mention.ATTR_PARENT));
        assertTrue(town.attribute(Mention.ATTR_CODE).startsWith("3608"), town::toString);
    }

    @Test
    void villagesRightAfterTheirCountyOrTownAndInAListAfterThem() {
        List<Mention> found = regions("代表团先后来到婺源县汪口村、篁岭村和茅坪镇神山村，与村民交流。");
        assertEquals(List.of("婺源县", "汪口村", "篁岭村", "茅坪镇", "神山村"), found.stream().map(Mention::canonical).toList());
        Mention village = found.get(1);
        assertEquals("village", village.attribute(Mention.ATTR_LEVEL));
        assertEquals("婺源县", village.attribute(Mention.ATTR_PARENT));
        assertEquals(found.get(0).attribute(Mention.ATTR_CODE), village.attribute(Mention.ATTR_PARENT_CODE));
        assertEquals(null, village.attribute(Mention.ATTR_CODE));
        assertEquals("茅坪镇", found.get(4).attribute(Mention.ATTR_PARENT));
    }

    @Test
    void kindsOfVillagesAreNoNames() {
        List<String> found = names("婺源县贫困村全部出列，婺源县新农村建设加快，婺源县各村都有了卫生室。");
        assertFalse(found.stream().anyMatch(n -> n.endsWith("村")), found::toString);
    }

    @Test
    void aVillageIsKnownByItsNameInsideItsParentAndLiesInIt() {
        String text = "本报讯 调研组来到婺源县汪口村，察看古村落保护。";
        Source source = new Source("v.txt", text, StandardCharsets.UTF_8, "ab".repeat(32), SourceMetadata.unknown());
        Graph g = new DocumentGraphBuilder().build(Extractor.standard().extract(source));
        Mention county = regions(text).get(0);
        Node village = NodeFactory.createURI(Iris.localRegion(county.attribute(Mention.ATTR_CODE), "汪口村"));
        Node parent = NodeFactory.createURI(Iris.region(county.attribute(Mention.ATTR_CODE), "婺源县"));
        assertTrue(g.contains(village, Schema.containedInPlace.asNode(), parent), () -> g.find().toList().toString());
    }

    @Test
    void townshipNamesThatAreWordsOrStartInsideOneAreNotRead() {
        assertTrue(names("越来越多的学生选择去往一些小城镇的大学。").isEmpty(), () -> names("越来越多的学生选择去往一些小城镇的大学。").toString());
        assertTrue(names("捐助网逐步拓展到部分乡镇、社区。").isEmpty(), () -> names("捐助网逐步拓展到部分乡镇、社区。").toString());
    }

    @Test
    void jingAfterAVerbOfBeingOrComingThereIsBeijing() {
        assertEquals(List.of("北京市"), names("全国人大常委会第十次会议今天在京闭幕。"));
        assertEquals(List.of("北京市"), names("代表团于昨日抵京，开始为期三天的访问。"));
        assertTrue(names("他在京剧团工作，常去京东购物，关注京津冀协同发展。").isEmpty(),
                () -> names("他在京剧团工作，常去京东购物，关注京津冀协同发展。").toString());
    }
}
