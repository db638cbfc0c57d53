package org.newskg.extractor.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Store stage, tenure inference: single-holder posts pass from holder to holder; others span their evidence. */
class TenureTimelineTest {

    private static TreeSet<LocalDate> days(String... isoDays) {
        TreeSet<LocalDate> set = new TreeSet<>();
        for (String d : isoDays) {
            set.add(LocalDate.parse(d));
        }
        return set;
    }

    private static TenureEvidence tenure(String who, String post, boolean single, TreeSet<LocalDate> attested) {
        return new TenureEvidence(who, post, single, attested, days(), days(), days());
    }

    private static List<InferredInterval> of(List<InferredInterval> all, String who) {
        return all.stream().filter(i -> i.tenure().equals(who)).toList();
    }

    @Test
    void aSingleHolderHoldsThePostUntilTheNextHoldersFirstEvidence() {
        List<InferredInterval> all = TenureTimeline.infer(List.of(
                tenure("甲", "省长", true, days("2022-01-10", "2022-03-01")),
                tenure("乙", "省长", true, days("2022-09-01", "2023-02-01"))));
        InferredInterval first = of(all, "甲").get(0);
        assertEquals(LocalDate.parse("2022-01-10"), first.begin());
        assertEquals(LocalDate.parse("2022-08-31"), first.end());
        assertTrue(first.covers(LocalDate.parse("2022-06-15")));
        InferredInterval second = of(all, "乙").get(0);
        assertNull(second.end(), "the last holder holds it still");
        assertTrue(second.covers(LocalDate.parse("2024-01-01")));
        assertEquals(InferredInterval.SINGLE_HOLDER, second.basis());
    }

    @Test
    void aPostSeveralHoldSpansOnlyItsEvidence() {
        List<InferredInterval> all = TenureTimeline.infer(List.of(
                tenure("甲", "副省长", false, days("2022-01-10", "2022-03-01")),
                tenure("乙", "副省长", false, days("2022-09-01"))));
        InferredInterval first = of(all, "甲").get(0);
        assertEquals(LocalDate.parse("2022-03-01"), first.end());
        assertFalse(first.covers(LocalDate.parse("2022-06-15")));
        assertEquals(InferredInterval.EVIDENCE, first.basis());
    }

    @Test
    void aStatedRemovalEndsTheHoldingBeforeTheNextHolderIsSeen() {
        List<InferredInterval> all = TenureTimeline.infer(List.of(
                new TenureEvidence("甲", "部长", true, days("2022-01-10", "2022-05-01"), days(), days("2022-05-01"), days()),
                tenure("乙", "部长", true, days("2022-09-01"))));
        assertEquals(LocalDate.parse("2022-05-01"), of(all, "甲").get(0).end());
    }

    @Test
    void aStatedAppointmentClaimsItsDayFromTheHolderRemovedThatDay() {
        List<InferredInterval> all = TenureTimeline.infer(List.of(
                new TenureEvidence("甲", "部长", true, days("2022-01-10", "2022-05-01"), days(), days("2022-05-01"), days()),
                new TenureEvidence("乙", "部长", true, days("2022-05-01", "2022-09-01"), days("2022-05-01"), days(), days())));
        assertEquals(LocalDate.parse("2022-04-30"), of(all, "甲").get(0).end());
        assertEquals(LocalDate.parse("2022-05-01"), of(all, "乙").get(0).begin());
    }

    @Test
    void aHolderWhoReturnsHoldsTwoIntervals() {
        List<InferredInterval> all = TenureTimeline.infer(List.of(
                tenure("甲", "外长", true, days("2022-01-10", "2023-08-01")),
                tenure("乙", "外长", true, days("2023-01-05", "2023-06-01"))));
        assertEquals(2, of(all, "甲").size());
        assertEquals(LocalDate.parse("2023-01-04"), of(all, "甲").get(0).end());
        assertEquals(LocalDate.parse("2023-07-31"), of(all, "乙").get(0).end());
    }

    @Test
    void calledFormerAfterTheLastEvidenceStopsTheOpenEnd() {
        List<InferredInterval> all = TenureTimeline.infer(List.of(
                new TenureEvidence("甲", "部长", true, days("2022-01-10"), days(), days(), days("2024-01-01"))));
        assertEquals(LocalDate.parse("2022-01-10"), of(all, "甲").get(0).end());
    }

    @Test
    void singleHolderRolesComeFromTheOntology() {
        SingleHolderRoles roles = SingleHolderRoles.fromOntology();
        assertTrue(roles.isSingleHolder("省长", "河北省省长", true));
        assertTrue(roles.isSingleHolder("书记", "中共河北省委员会书记", true));
        assertFalse(roles.isSingleHolder("副省长", "河北省副省长", true));
        assertFalse(roles.isSingleHolder("书记", "中央书记处书记", true));
        assertFalse(roles.isSingleHolder("省长", "省长", false), "a bare title may be any province's");
        assertEquals(Set.of(), Set.of());
    }
}
