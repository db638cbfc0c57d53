package org.newskg.extractor.mention;

import org.junit.jupiter.api.Test;
import org.newskg.extractor.fact.PostHolding;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostFinderTest {

    private static final PersonFinder PERSONS = new PersonFinder();
    private static final PostFinder POSTS = new PostFinder();
    private static final TextContext NMG = new TextContext("内蒙古日报", null, null);
    private static final TextContext HOHHOT = new TextContext("呼和浩特日报", null, null);

    private static List<PostHolding> posts(String text, TextContext context) {
        return POSTS.find(text, PERSONS.find(text, context), context);
    }

    private static PostHolding post(List<PostHolding> holdings, String title) {
        return holdings.stream().filter(h -> h.title().canonical().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not in " + holdings));
    }

    @Test
    void coordinatedTitlesSplitAndEllipticalOnesBorrowTheRegion() {
        String text = "2月19日，自治区党委书记、人大常委会主任石泰峰采取“四不两直”方式。";
        List<PostHolding> holdings = posts(text, NMG);
        assertEquals(2, holdings.size());
        PostHolding secretary = post(holdings, "自治区党委书记");
        assertEquals("内蒙古自治区党委书记", secretary.fullTitle());
        assertEquals("中共内蒙古自治区委员会", secretary.organization());
        PostHolding chair = post(holdings, "人大常委会主任");
        assertEquals("内蒙古自治区人大常委会主任", chair.fullTitle());
        assertEquals("内蒙古自治区人民代表大会常务委员会", chair.organization());
        assertEquals("人大常委会主任", text.substring(chair.title().start(), chair.title().end()));
    }

    @Test
    void nationalTitlesGetTheirFormalOrganizations() {
        List<PostHolding> holdings = posts("届时举行。中共中央总书记、国家主席、中央军委主席习近平将出席闭幕式。", NMG);
        assertEquals(3, holdings.size());
        assertEquals("中国共产党中央委员会", post(holdings, "中共中央总书记").organization());
        assertEquals("中华人民共和国", post(holdings, "国家主席").organization());
        assertEquals("中华人民共和国主席", post(holdings, "国家主席").fullTitle());
        assertEquals("中央军事委员会", post(holdings, "中央军委主席").organization());
    }

    @Test
    void regionalGovernmentPostBelongsToTheGovernment() {
        List<PostHolding> holdings = posts("自治区党委常委、自治区常务副主席黄志强一同调研。", NMG);
        assertEquals("中共内蒙古自治区委员会", post(holdings, "自治区党委常委").organization());
        assertEquals("内蒙古自治区人民政府", post(holdings, "自治区常务副主席").organization());
    }

    @Test
    void namedBodiesInTheChainAreKeptAsWritten() {
        List<PostHolding> holdings = posts("会议召开。国务院联防联控机制综合组内蒙古工作组组长、国家卫生健康委副主任于学军出席会议并讲话。", NMG);
        assertEquals("国务院联防联控机制综合组内蒙古工作组",
                post(holdings, "国务院联防联控机制综合组内蒙古工作组组长").organization());
        assertEquals("中华人民共和国国家卫生健康委员会", post(holdings, "国家卫生健康委副主任").organization());
    }

    @Test
    void cityPrefixMeansTheCityOfTheCityPaper() {
        List<PostHolding> holdings = posts("市行政审批和政务服务局党组书记、局长韩文相表示，今年将深化改革。", HOHHOT);
        assertEquals("呼和浩特市行政审批和政务服务局", post(holdings, "局长").organization());
        assertEquals("呼和浩特市行政审批和政务服务局局长", post(holdings, "局长").fullTitle());
        List<PostHolding> secretary = posts("会后，市委书记张三强调，要抓好落实。", HOHHOT);
        assertEquals("中共呼和浩特市委员会", post(secretary, "市委书记").organization());
    }

    @Test
    void reportersBelongToThePaperOrTheAgency() {
        PostHolding local = post(posts("本报2月19日讯（记者章奎）2月19日下午召开会议。", NMG), "记者");
        assertEquals("内蒙古日报", local.organization());
        assertEquals("内蒙古日报记者", local.fullTitle());
        PostHolding agency = post(posts("中国选手任子威夺得冠军。新华社记者熊琦摄", NMG), "记者");
        assertEquals("新华通讯社", agency.organization());
    }

    @Test
    void namesListedInOneBylineShareItsTitle() {
        List<PostHolding> holdings = posts("●本报记者刘慧慧耿欣这是一场对标一流的竞赛。", HOHHOT);
        assertEquals(2, holdings.size(), holdings::toString);
        assertTrue(holdings.stream().allMatch(h -> h.title().canonical().equals("记者")));
    }

    @Test
    void theCompanyOfAPostIsTheOneNamedBefore() {
        String text = "内蒙古习尚喜新材料有限公司办事人员前来办理手续。“让我们办事感到方便。”该公司总经理助理丁鉴说。";
        PostHolding holding = post(posts(text, NMG), "总经理助理");
        assertEquals("内蒙古习尚喜新材料有限公司", holding.organization());
    }

    @Test
    void descriptorsAreNotPosts() {
        assertTrue(posts("自治区领导黄志强、于立新及有关部门负责同志参加活动。", NMG).isEmpty());
    }
}
