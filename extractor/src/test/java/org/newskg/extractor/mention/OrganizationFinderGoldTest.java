package org.newskg.extractor.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Scores OrganizationFinder on the sample pages against the gold (distinct canonical names per page). */
class OrganizationFinderGoldTest {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationFinderGoldTest.class);

    /** A few regions, as a gazetteer would resolve them; no organization names. */
    static final Function<String, Optional<String>> SMALL_GAZETTEER = text -> Optional.ofNullable(Map.of(
            "呼和浩特", "呼和浩特市", "呼和浩特市", "呼和浩特市", "包头市", "包头市", "内蒙古", "内蒙古自治区",
            "锡林郭勒盟", "锡林郭勒盟", "阿拉善盟", "阿拉善盟", "和林县", "和林格尔县", "北京", "北京市",
            "天津", "天津市").get(text));

    @Test
    void withAGazetteer() {
        DateAndOrganizationGold.Score score = scoreAll(new OrganizationFinder(SMALL_GAZETTEER));
        System.out.println("OrganizationFinder (small gazetteer) on sample pages: " + score);
        assertTrue(score.precision() >= 0.90, score::toString);
        assertTrue(score.recall() >= 0.85, score::toString);
    }

    @Test
    void withoutAGazetteer() {
        DateAndOrganizationGold.Score score = scoreAll(OrganizationFinder.withoutGazetteer());
        System.out.println("OrganizationFinder (paper conventions only) on sample pages: " + score);
        assertTrue(score.precision() >= 0.88, score::toString);
        assertTrue(score.recall() >= 0.82, score::toString);
    }

    private static DateAndOrganizationGold.Score scoreAll(OrganizationFinder finder) {
        DateAndOrganizationGold.Score total = new DateAndOrganizationGold.Score(0, 0, 0);
        for (DateAndOrganizationGold.SamplePage page : DateAndOrganizationGold.pages()) {
            Map<String, String> writtenAs = new TreeMap<>();
            for (Mention m : finder.find(page.text(), page.context())) {
                writtenAs.merge(m.canonical(), m.text(), (a, b) -> a.contains(b) ? a : a + "|" + b);
            }
            Set<String> found = writtenAs.keySet();
            Set<String> gold = page.goldOrganizations();
            DateAndOrganizationGold.Score score = DateAndOrganizationGold.score(found, gold, page.doubtful());
            Set<String> missed = new HashSet<>(gold);
            missed.removeAll(found);
            Map<String, String> extra = new TreeMap<>(writtenAs);
            extra.keySet().removeAll(gold);
            LOG.info("organizations {} {}\n  missed={}\n  extra={}", page.file(), score, missed, extra);
            total = total.plus(score);
        }
        return total;
    }
}
