package org.newskg.extractor.mention;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scores person names on the four sample pages against gold, beside HanLP's raw recognition. */
class PersonFinderGoldTest {

    private static final Logger LOG = LoggerFactory.getLogger(PersonFinderGoldTest.class);

    @Test
    void personFinderBeatsHanlpAloneOnTheSamplePages() {
        PersonFinder finder = new PersonFinder();
        HanlpRecognizer hanlp = HanlpRecognizer.instance();
        PersonGoldPages.Score ours = new PersonGoldPages.Score();
        PersonGoldPages.Score baseline = new PersonGoldPages.Score();
        for (PersonGoldPages.Page page : PersonGoldPages.load()) {
            List<Mention> found = finder.find(page.text(), page.context());
            Set<String> predicted = PersonGoldPages.normalise(page, found.stream().map(Mention::canonical).toList());
            Set<String> raw = PersonGoldPages.normalise(page, hanlp.entities(page.text()).stream()
                    .filter(m -> m.type() == MentionType.PERSON).map(Mention::text).toList());
            ours.add(predicted, page.names());
            baseline.add(raw, page.names());
            LOG.info("{}: missed {} wrong {}", page.file(), difference(page.names(), predicted),
                    difference(predicted, page.names()));
        }
        System.out.println("PERSON names  PersonFinder: " + ours);
        System.out.println("PERSON names  HanLP alone:   " + baseline);
        assertTrue(ours.f1() > baseline.f1(), "must beat HanLP alone: " + ours + " vs " + baseline);
        assertTrue(ours.precision() >= 0.95, "precision " + ours);
        assertTrue(ours.recall() >= 0.95, "recall " + ours);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toCollection(TreeSet::new));
    }
}
