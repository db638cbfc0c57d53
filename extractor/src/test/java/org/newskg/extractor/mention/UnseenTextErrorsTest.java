package org.newskg.extractor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.fact.PostHolding;

/**
 * Systematic errors found by reading the recognisers' output on news the rules were never written
 * against, each with sentences of our own in the same style (the names are invented).
 */
class UnseenTextErrorsTest {

    private static final PersonFinder PERSONS = new PersonFinder();
    private static final PostFinder POSTS = new PostFinder();
    private static final Recognizers ALL = Recognizers.standard();

    private static List<String> persons(String text) {
        return PERSONS.find(text, TextContext.none()).stream().map(Mention::text).toList();
    }

    private static List<String> texts(String text, MentionType type) {
        return ALL.find(text, TextContext.none()).stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }

    @Test
    void aCountrysArmyOrSideIsNoPerson() {
        List<String> found = persons("俄方6日称，乌军当天在东线多个方向发起进攻，乌方则表示已收复两个村庄。");
        assertTrue(found.stream().noneMatch(n -> n.startsWith("乌") || n.startsWith("俄")), found::toString);
    }

    @Test
    void aNameShapedPieceOfALongerWordIsNoPerson() {
        List<String> found = persons("沿着西部陆海新通道，一列满载柑橘的班列今天驶出重庆。");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void anAdverbOfTheNextClauseDoesNotEndAName() {
        assertTrue(PERSONS.find("外长阿拉贡齐还表示，双方将加强合作。", TextContext.none()).stream()
                .noneMatch(m -> m.text().endsWith("还")));
    }

    @Test
    void aTitleDoesNotReachBackOverTheVerbOfTheSentence() {
        String text = "国家副主席韩明远在曼谷会见新西兰总理白丽华。";
        List<PostHolding> posts = POSTS.find(text, PERSONS.find(text, TextContext.none()), TextContext.none());
        assertTrue(posts.stream().anyMatch(p -> p.title().text().equals("新西兰总理")), posts::toString);
        assertTrue(posts.stream().noneMatch(p -> p.title().text().contains("会见")), posts::toString);
    }

    @Test
    void aTitleDoesNotOpenWithTheConjunctionAfterAName() {
        String text = "国家主席韩明远和老挝政府总理潘坎拉一起出席仪式。";
        List<PostHolding> posts = POSTS.find(text, PERSONS.find(text, TextContext.none()), TextContext.none());
        assertTrue(posts.stream().noneMatch(p -> p.title().text().startsWith("和")), posts::toString);
    }

    @Test
    void organizationsStartAfterTheVerbOrQuantifierBeforeThem() {
        List<String> orgs = texts("来自北辰重工集团的技术员和一位城南基金公司的经理参加了座谈。", MentionType.ORGANIZATION);
        assertTrue(orgs.contains("北辰重工集团"), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.startsWith("来自") || o.startsWith("一位")), orgs::toString);
    }

    @Test
    void aNationalBodyKeepsItsNameAsWritten() {
        Mention org = ALL.find("中国作家协会今天在京举行座谈会。", TextContext.none()).stream()
                .filter(m -> m.type() == MentionType.ORGANIZATION).findFirst().orElseThrow();
        assertEquals("中国作家协会", org.canonical());
    }

    @Test
    void aSiteStartsAfterTheVerbBeforeIt() {
        List<String> sites = texts("记者探访青川国际机场，看到旅客有序登机。", MentionType.SITE);
        assertEquals(List.of("青川国际机场"), sites);
    }
}
