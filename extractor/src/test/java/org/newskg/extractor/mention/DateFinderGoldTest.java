package org.newskg.extractor.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Scores DateFinder on the sample pages against the gold dates (distinct ISO values per page). */
class DateFinderGoldTest {

    private static final Logger LOG = LoggerFactory.getLogger(DateFinderGoldTest.class);

    @Test
    void findsTheGoldDatesOfTheSamplePages() {
        DateFinder finder = new DateFinder();
        DateAndOrganizationGold.Score total = new DateAndOrganizationGold.Score(0, 0, 0);
        for (DateAndOrganizationGold.SamplePage page : DateAndOrganizationGold.pages()) {
            Set<String> found = new HashSet<>();
            Map<String, String> writtenAs = new TreeMap<>();
            for (Mention m : finder.find(page.text(), page.context())) {
                found.add(m.canonical());
                writtenAs.merge(m.canonical(), m.text(), (a, b) -> a.contains(b) ? a : a + "|" + b);
                if (m.attribute(Mention.ATTR_END_VALUE) != null) {
                    found.add(m.attribute(Mention.ATTR_END_VALUE));
                }
            }
            Set<String> gold = page.goldDates();
            DateAndOrganizationGold.Score score = DateAndOrganizationGold.score(found, gold, page.doubtful());
            Set<String> missed = new HashSet<>(gold);
            missed.removeAll(found);
            Set<String> extra = new HashSet<>(found);
            extra.removeAll(gold);
            writtenAs.keySet().retainAll(extra);
            LOG.info("dates {} {} missed={} extra={}", page.file(), score, missed, writtenAs);
            total = total.plus(score);
        }
        System.out.println("DateFinder on sample pages: " + total);
        assertTrue(total.precision() >= 0.9, total::toString);
        assertTrue(total.recall() >= 0.95, total::toString);
    }
}
