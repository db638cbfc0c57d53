package org.newskg.extractor.mention;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonFinderTest {

    private static final PersonFinder FINDER = new PersonFinder();
    private static final TextContext PAPER = new TextContext("内蒙古日报", null, null);

    private static Set<String> names(String text) {
        return FINDER.find(text, PAPER).stream().map(Mention::canonical).collect(Collectors.toSet());
    }

    private static Mention only(String text, String name) {
        return FINDER.find(text, PAPER).stream().filter(m -> m.canonical().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void commonWordsHanlpTakesForNamesAreRejectedWithoutContext() {
        Set<String> found = names("王莉霞随机来到绿地公馆小区，与包联干部、社区工作人员交流。要顶格配置领导力量，"
                + "决不允许出现任何堵点、断点。");
        assertEquals(Set.of("王莉霞"), found);
    }

    @Test
    void compoundSurnameNameCutShortIsRestored() {
        Mention reporter = only("本报呼和浩特2月19日讯（记者皇甫秀玲）在刚刚闭幕的呼和浩特市两会上。", "皇甫秀玲");
        assertEquals("reporter", reporter.attribute(Mention.ATTR_ROLE));
        assertFalse(names("记者欧阳明华报道，欧阳明华说。").contains("欧阳明"));
    }

    @Test
    void transliteratedNamesStayWhole() {
        assertTrue(names("国家主席习近平同阿根廷共和国总统费尔南德斯互致贺电。").contains("费尔南德斯"));
        Set<String> found = names("习近平复信美国海伦·福斯特·斯诺基金会主席亚当·福斯特。近日，福斯特致信习近平主席。");
        assertTrue(found.contains("亚当·福斯特"), found::toString);
        assertFalse(found.contains("福斯特"), "the short form resolves to the full name");
        assertTrue(names("国家主席习近平向英国女王伊丽莎白二世致贺电。").contains("伊丽莎白二世"));
    }

    @Test
    void foreignLeaderRoleComesFromTheTitle() {
        assertEquals("foreign-leader",
                only("国家主席习近平同阿根廷共和国总统费尔南德斯互致贺电。", "费尔南德斯").attribute(Mention.ATTR_ROLE));
    }

    @Test
    void bylinesGiveNamesHanlpCutsUp() {
        Set<String> found = names("本报巴彦淖尔2月7日电（记者图古斯毕力格实习生陈东）记者从乌拉特海关获悉。");
        assertTrue(found.containsAll(Set.of("图古斯毕力格", "陈东")), found::toString);
        assertFalse(found.stream().anyMatch(n -> n.startsWith("从")));
        Mention photographer = only("采摘园里草莓长势喜人。本报记者孟和朝鲁摄", "孟和朝鲁");
        assertEquals("photographer", photographer.attribute(Mention.ATTR_ROLE));
    }

    @Test
    void namesTheRecogniserMissesAreFoundAfterATitle() {
        Set<String> found = names("华耀光电科技股份有限公司总经理助理刘党旗感触颇深，他说：“公司发展很快。”");
        assertTrue(found.contains("刘党旗"), found::toString);
    }

    @Test
    void aNameInAListBesideAConfirmedNameIsConfirmed() {
        Set<String> found = names("中国选手隋文静（左）/韩聪在奖牌颁发仪式后。");
        assertTrue(found.containsAll(Set.of("隋文静", "韩聪")), found::toString);
    }

    @Test
    void genericReferencesAreNotPeople() {
        Set<String> found = names("石泰峰当场要求有关负责同志立即进行整改。");
        assertEquals(Set.of("石泰峰"), found);
    }

    @Test
    void everyOccurrenceOfAConfirmedNameIsMarkedWithOffsets() {
        String text = "自治区党委书记石泰峰来到新城区。随后，石泰峰来到赛罕区。石泰峰在呼和浩特市暗访检查";
        List<Mention> mentions = FINDER.find(text, PAPER);
        assertEquals(3, mentions.size());
        for (Mention mention : mentions) {
            assertEquals("石泰峰", text.substring(mention.start(), mention.end()));
            assertEquals("official", mention.attribute(Mention.ATTR_ROLE));
        }
    }

    @Test
    void aTypicalGivenNameIsBelievedWithoutTitleOrVerb() {
        assertEquals(Set.of("陈晓东"), names("周末，陈晓东带着孩子去公园。"));
        assertTrue(names("春风夏雨，健康发展。").isEmpty());
    }
}
