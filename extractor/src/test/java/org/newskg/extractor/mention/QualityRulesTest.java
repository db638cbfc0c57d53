package org.newskg.extractor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.fact.PostHolding;

/**
 * The rules issue #3 (quality on pages never seen) added, on invented sentences: titles after a
 * name, appointments and removals, byline titles across spaces, states and national bodies in
 * titles, long transliterated names, units of national bodies and dates announced months ahead.
 */
class QualityRulesTest {

    private static final PersonFinder PERSONS = new PersonFinder();
    private static final PostFinder POSTS = new PostFinder();
    private static final TextContext NONE = TextContext.none();

    private static List<String> names(String text) {
        return PERSONS.find(text, NONE).stream().map(Mention::canonical).distinct().toList();
    }

    private static List<PostHolding> holdings(String text) {
        return POSTS.find(text, PERSONS.find(text, NONE), NONE);
    }

    private static List<String> posts(String text) {
        return holdings(text).stream().map(h -> h.person().canonical() + ":" + h.title().canonical()).toList();
    }

    @Test
    void aTitleAfterTheNameIsAPostAndTheOnlyMeaningOfZongshujiIsGiven() {
        List<PostHolding> found = holdings("会上，王建林总书记强调，要坚持稳中求进。");
        assertEquals(1, found.size(), found::toString);
        assertEquals("中共中央总书记", found.get(0).fullTitle());
        assertEquals("中国共产党中央委员会", found.get(0).organization());
        assertTrue(posts("莫森总统对此表示感谢。").contains("莫森:总统"));
        // 主席团 and 总统府 are other words, not titles of the name before them.
        assertTrue(posts("会议由王建林主席团成员主持。").isEmpty());
    }

    @Test
    void anAppointmentWithWeiAndARemovalWithDeGiveTheirTitles() {
        List<String> found = posts("会议经表决，任命赵德明为省人大常委会副秘书长，钱立新为省发展改革委主任；免去孙海涛的省财政厅厅长职务。");
        assertTrue(found.contains("赵德明:省人大常委会副秘书长"), found::toString);
        assertTrue(found.contains("钱立新:省发展改革委主任"), found::toString);
        assertTrue(found.contains("孙海涛:省财政厅厅长"), found::toString);
        // Without an appointing verb, 为 is only a preposition.
        assertTrue(posts("赵德明为此感到高兴。").isEmpty());
    }

    @Test
    void aBylineTitleReachesNamesAcrossSpaces() {
        List<String> found = posts("新华社北京3月2日电(记者 赵德明 钱立新)今天上午举行会议。");
        assertTrue(found.contains("赵德明:记者"), found::toString);
        assertTrue(found.contains("钱立新:记者"), found::toString);
    }

    @Test
    void nationalBodiesAndStatesInTitlesTakeTheirCanonicalNames() {
        PostHolding deputy = holdings("中国商务部副部长赵德明表示，将扩大进口。").get(0);
        assertEquals("中华人民共和国商务部", deputy.organization());
        assertFalse(deputy.inState());
        PostHolding president = holdings("科摩罗总统莫森抵达北京。").get(0);
        assertEquals("科摩罗联盟", president.organization());
        assertTrue(president.inState());
    }

    @Test
    void longTransliteratedNamesKeepAllTheirParts() {
        assertTrue(names("参议院议长安娜·玛丽亚·罗森塔尔致唁电。").contains("安娜·玛丽亚·罗森塔尔"),
                () -> names("参议院议长安娜·玛丽亚·罗森塔尔致唁电。").toString());
    }

    @Test
    void unitsOfNationalBodiesAreNamedAfterTheBody() {
        List<Mention> found = new OrganizationFinder(t -> java.util.Optional.empty()).find("他曾任央行金融研究所所长。", NONE);
        assertTrue(found.stream().anyMatch(m -> m.canonical().equals("中国人民银行金融研究所")), found::toString);
    }

    @Test
    void aDateAnnouncedMonthsAheadIsThisYears() {
        TextContext july = new TextContext(null, LocalDate.of(2023, 7, 18), null);
        List<Mention> announced = new DateFinder().find("会议决定，常委会第三次会议8月22日至24日在京召开。", july);
        assertEquals("2023-08-22", announced.get(0).canonical());
        List<Mention> reported = new DateFinder().find("8月22日，常委会第三次会议在京召开。", july);
        assertEquals("2022-08-22", reported.get(0).canonical());
    }

    @Test
    void aNameAfterATitleEndsAtTheVerbRatherThanSwallowingIt() {
        // 作了 is a verb after the name; 了 alone is a weaker ending and must not win by length.
        assertEquals(List.of("罗明远"), names("会议听取了财政部副部长罗明远作了关于预算执行情况的报告。"));
        assertEquals(List.of("孟远"), names("国务院副秘书长孟远作了关于法律草案的说明。"));
        assertEquals(List.of("郁平"), names("中央社会工作部副部长郁平作了题为《做好新时代工作》的讲座。"));
        // After a title, an ordinary word with a function word after it is not a name (总书记|关于党|的).
        assertTrue(names("深入学习贯彻总书记关于党的自我革命的重要思想。").isEmpty(),
                () -> names("深入学习贯彻总书记关于党的自我革命的重要思想。").toString());
    }

    @Test
    void namesInAListEndingInDengAndAVerbArePeople() {
        assertEquals(List.of("柏琦", "闵翔", "阙铮"), names("会见前，柏琦、闵翔、阙铮等参加会见。"));
        assertEquals(List.of("叶文清", "邱志强"), names("如果叶文清、邱志强等人认罪，案件将提前宣判。"));
    }

    @Test
    void anAppointmentNamesThePersonBetweenItsVerbAndWeiOrDe() {
        List<String> found = names("会议经表决，任命孔新民为全国人大常委会副秘书长；免去汤高的全国人大财政经济委员会委员职务。");
        assertTrue(found.contains("孔新民"), found::toString);
        assertTrue(found.contains("汤高"), found::toString);
        // 任命书 is a document, not a name.
        assertTrue(names("他向获奖者颁发了任命书的副本。").isEmpty());
    }

    @Test
    void shouEndsANameLikeOtherVerbs() {
        assertEquals(List.of("孟朝旭"), names("会议听取了外交部副部长孟朝旭受国务院委托作的报告。"));
    }

    @Test
    void theBuOfAMinistryThatHanlpTakesForAMeasureWordStaysInTheTitle() {
        assertEquals(List.of("孔明远:交通运输部部长"), posts("交通运输部部长孔明远出席。"));
        assertEquals(List.of("俞平:中央社会工作部副部长"), posts("中央社会工作部副部长俞平作了报告。"));
    }

    @Test
    void postsLeftAfterACommaBelongToThePersonAppointedBeforeIt() {
        List<String> found = posts("郑海同志不再兼任甘肃省委书记、常委、委员职务；韩明同志任甘肃省委书记，不再担任青海省委书记职务。");
        assertTrue(found.contains("郑海:甘肃省委书记"), found::toString);
        assertTrue(found.contains("韩明:甘肃省委书记"), found::toString);
        assertTrue(found.contains("韩明:青海省委书记"), found::toString);
    }

    @Test
    void aVerbAfterTheLastOfALongListOfNamesReachesTheFirst() {
        // Only the last name has evidence of its own (出席); each earlier one leans on the next.
        assertEquals(List.of("胡锦涛", "吴邦国", "温家宝", "贾庆林", "李长春"),
                names("大会开幕，胡锦涛、吴邦国、温家宝、贾庆林、李长春出席。"));
    }

    @Test
    void aNameHanlpCutsAfterATitleIsRestoredWhole() {
        // HanLP: 郭|孔辉.
        assertEquals(List.of("郭孔辉"), names("吉林大学汽车学院教授郭孔辉，国家体育总局体操中心主任获奖。"));
        // 等 is no part of a name, even before a verb.
        assertEquals(List.of("王毅"), names("外交部部长王毅等会见了代表团。"));
        // 委员 inside 副委员长 is not the title the name follows.
        assertEquals(List.of("赵明禄"), names("朝鲜国防委员会第一副委员长赵明禄和夫人抵达。"));
    }

    @Test
    void itemsOfAListWithConfirmedNamesAreNamesToo() {
        // HanLP sees 王建国 and 李明华; the rare names between them are items of the same list.
        List<String> found = names("获奖者王建国、阙铮、濮阳平、李明华等出席颁奖大会。");
        assertTrue(found.containsAll(List.of("王建国", "阙铮", "濮阳平", "李明华")), found::toString);
        // A list of places or things is no list of people.
        assertTrue(names("黄河、长江、珠江等流域降雨偏多。").isEmpty());
        assertTrue(names("座谈会听取经济专家和企业、行业协会负责人意见。").isEmpty());
    }

    @Test
    void noNameOpensWithACountryAndNoTransliterationEndsInSuo() {
        assertTrue(names("移民快讯：加拿大重拳打击非法移民顾问加拿大时间2011年6月28日宣布。").isEmpty(),
                () -> names("移民快讯：加拿大重拳打击非法移民顾问加拿大时间2011年6月28日宣布。").toString());
        assertEquals(List.of("詹姆斯·麦克格雷戈"), names("正如詹姆斯·麦克格雷戈所说，市场正在变化。"));
    }

    @Test
    void bylinesWithAColonAndSignaturesAfterASourceAreReporters() {
        assertEquals(List.of("郁珍", "陈海丹"), names("游客了解当地的人文知识。(记者：郁珍 通讯员：陈海丹)"));
        assertEquals(List.of("阙丹蓉"), names("沪深300指数微挫0.03%。（全景网/阙丹蓉）"));
        // A slash between figures or words is no signature.
        assertTrue(names("收益率为3%/年（年化/复利）。").isEmpty());
    }

    @Test
    void aNationalBodyIsFollowedByAUnitOnlyWhenNounsNameIt() {
        OrganizationFinder orgs = new OrganizationFinder(t -> java.util.Optional.empty());
        List<String> found = orgs.find("央行又允许基金公司的专户理财在银行开户，最高人民法院通过制定司法解释加强指导。", NONE)
                .stream().map(Mention::canonical).toList();
        assertTrue(found.stream().noneMatch(n -> n.startsWith("中国人民银行") && n.length() > 6
                || n.startsWith("最高人民法院") && n.length() > 6), found::toString);
        List<String> units = orgs.find("外交部亚洲司司长会见了来访者。", NONE).stream().map(Mention::canonical).toList();
        assertTrue(units.contains("中华人民共和国外交部亚洲司"), units::toString);
    }
}
