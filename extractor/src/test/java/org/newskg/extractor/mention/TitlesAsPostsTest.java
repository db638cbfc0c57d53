package org.newskg.extractor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.fact.PostHolding;

/** Post stage: every title of a chain is a post with the body it names (issue 16, review item 13). */
class TitlesAsPostsTest {

    private static final PersonFinder PERSONS = new PersonFinder();
    private static final PostFinder POSTS = new PostFinder();
    private static final TextContext NONE = new TextContext("新闻联播", null, null);

    private static List<PostHolding> posts(String text) {
        return POSTS.find(text, PERSONS.find(text, NONE), NONE);
    }

    private static PostHolding titled(List<PostHolding> holdings, String written) {
        return holdings.stream().filter(h -> h.title().text().equals(written)).findFirst()
                .orElseThrow(() -> new AssertionError(written + " not in " + holdings.stream().map(h -> h.title().text()).toList()));
    }

    @Test
    void aSpecialAdministrativeRegionsChiefExecutiveWrittenInFull() {
        PostHolding chief = titled(posts("澳门特别行政区行政长官贺建明出席活动。"), "澳门特别行政区行政长官");
        assertEquals("澳门特别行政区行政长官", chief.fullTitle());
        assertEquals("澳门特别行政区", chief.organization());
    }

    @Test
    void aSpecialAdministrativeRegionsChiefExecutiveWrittenShort() {
        PostHolding chief = titled(posts("香港特区行政长官林家明会见了代表团。"), "香港特区行政长官");
        assertEquals("香港特别行政区行政长官", chief.fullTitle());
        assertEquals("香港特别行政区", chief.organization());
    }

    @Test
    void aStateCouncillorAfterASecretariatTitleIsTheStateCouncils() {
        List<PostHolding> holdings = posts("中央书记处书记、国务委员张明远陪同会见。");
        assertEquals(2, holdings.size());
        assertEquals("中华人民共和国国务院", titled(holdings, "国务委员").organization());
        assertEquals("国务委员", titled(holdings, "国务委员").fullTitle());
    }

    @Test
    void aSessionsSpokespersonKeepsTheWholeSessionName() {
        PostHolding spokesperson = titled(posts("十四届全国人大二次会议新闻发言人刘建华回答记者提问。"),
                "十四届全国人大二次会议新闻发言人");
        assertEquals("十四届全国人大二次会议新闻发言人", spokesperson.fullTitle());
    }

    @Test
    void aMinistryWritesItsBodyOnceBeforeTheMinister() {
        PostHolding minister = titled(posts("国防部长董建军会见了来访的客人。"), "国防部长");
        assertEquals("中华人民共和国国防部部长", minister.fullTitle());
        assertEquals("中华人民共和国国防部", minister.organization());
        assertEquals("中华人民共和国外交部部长", titled(posts("外交部长王建军出席。"), "外交部长").fullTitle());
    }
}
