package org.newskg.extractor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.fact.PostHolding;

/** Post stage: appointments, removals, former, acting and concurrent holdings (issue 16). */
class PostChangeTest {

    private static final PersonFinder PERSONS = new PersonFinder();
    private static final PostFinder POSTS = new PostFinder();
    private static final TextContext NONE = new TextContext("新闻联播", null, null);

    private static List<PostHolding> posts(String text) {
        return POSTS.find(text, PERSONS.find(text, NONE), NONE);
    }

    private static PostHolding post(List<PostHolding> holdings, String fullTitle) {
        return holdings.stream().filter(h -> h.fullTitle().endsWith(fullTitle)).findFirst()
                .orElseThrow(() -> new AssertionError(fullTitle + " not in " + holdings.stream()
                        .map(h -> h.person().canonical() + ":" + h.fullTitle()).toList()));
    }

    @Test
    void appointingVerbBeforeTheNameIsAnAppointment() {
        List<PostHolding> holdings = posts("会议表决通过，任命张建国为商务部部长。");
        PostHolding minister = post(holdings, "商务部部长");
        assertEquals("张建国", minister.person().canonical());
        assertEquals("appointed", minister.change());
        assertFalse(minister.ends());
    }

    @Test
    void electingVerbMakesItAnElection() {
        PostHolding chair = post(posts("大会选举李明华为省人大常委会主任。"), "省人大常委会主任");
        assertEquals("elected", chair.change());
    }

    @Test
    void removalAfterTheNameEndsTheHolding() {
        List<PostHolding> holdings = posts("会议决定，免去王志远的交通运输部部长职务。");
        PostHolding removed = post(holdings, "交通运输部部长");
        assertEquals("removed", removed.change());
        assertTrue(removed.ends());
    }

    @Test
    void noLongerHoldingAfterACommaIsTheSamePersonsRemoval() {
        List<PostHolding> holdings = posts("刘振华同志任河北省委书记，不再担任山西省委书记职务。");
        assertEquals("appointed", post(holdings, "河北省委书记").change());
        assertEquals("removed", post(holdings, "山西省委书记").change());
    }

    @Test
    void resigningIsKeptApartFromRemoval() {
        PostHolding resigned = post(posts("陈立新辞去湖南省省长职务。"), "湖南省省长");
        assertEquals("resigned", resigned.change());
        assertTrue(resigned.ends());
    }

    @Test
    void formerQualifierBeforeTheTitleMakesAPastHoldingOfThePostItself() {
        List<PostHolding> holdings = posts("原国防部部长赵立民出席了仪式。");
        PostHolding former = post(holdings, "国防部部长");
        assertTrue(former.former());
        assertNull(former.change());
    }

    @Test
    void thenServingIsAPastHoldingToo() {
        PostHolding then = post(posts("时任浙江省委书记孙德胜陪同考察。"), "浙江省委书记");
        assertTrue(then.former());
    }

    @Test
    void placeNamesOpeningWithTheQualifierStayPlaces() {
        assertNull(org.newskg.extractor.mention.TitleExpander.formerQualifier("原平市委"));
        assertEquals("原", org.newskg.extractor.mention.TitleExpander.formerQualifier("原国防部"));
    }

    @Test
    void actingGovernorHoldsTheGovernorsPostActing() {
        List<PostHolding> holdings = posts("河北省委副书记、代省长周海涛主持会议。");
        holdings.forEach(h -> System.err.println("DEBUG " + h));
        assertEquals("河北省人民政府", post(holdings, "省长").organization());
        PostHolding acting = holdings.stream().filter(h -> h.fullTitle().endsWith("省长")).findFirst().orElseThrow();
        assertFalse(acting.fullTitle().contains("代"), acting.fullTitle());
        assertTrue(acting.acting());
    }

    @Test
    void titleAfterConcurrentlyIsHeldBesideTheOther() {
        List<PostHolding> holdings = posts("全国政协副主席兼秘书长孙国庆出席。");
        assertEquals(2, holdings.size(), holdings.toString());
        assertFalse(holdings.get(0).concurrent());
        assertTrue(holdings.get(1).concurrent());
    }

    @Test
    void electedAfterTheName() {
        PostHolding elected = post(posts("赵文斌当选为市政协主席。"), "市政协主席");
        assertEquals("elected", elected.change());
    }
}
