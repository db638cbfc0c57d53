package org.newskg.extractor.mention;

import org.junit.jupiter.api.Test;
import org.newskg.extractor.fact.PostHolding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scores (person, title as written) pairs on the four sample pages against gold. */
class PostFinderGoldTest {

    private static final Logger LOG = LoggerFactory.getLogger(PostFinderGoldTest.class);

    @Test
    void postFinderRecoversMostGoldPostsOnTheSamplePages() {
        PersonFinder persons = new PersonFinder();
        PostFinder posts = new PostFinder();
        PersonGoldPages.Score score = new PersonGoldPages.Score();
        for (PersonGoldPages.Page page : PersonGoldPages.load()) {
            List<Mention> found = persons.find(page.text(), page.context());
            Set<String> predicted = new HashSet<>();
            for (PostHolding holding : posts.find(page.text(), found, page.context())) {
                String name = page.nameByForm().getOrDefault(holding.person().canonical(), holding.person().canonical());
                predicted.add(name + "|" + holding.title().canonical());
                LOG.info("{} {} -> {} / {}", page.file(), name, holding.fullTitle(), holding.organization());
            }
            score.add(predicted, page.posts());
            Set<String> missed = new TreeSet<>(page.posts());
            missed.removeAll(predicted);
            Set<String> wrong = new TreeSet<>(predicted);
            wrong.removeAll(page.posts());
            LOG.info("{}: missed {} wrong {}", page.file(), missed, wrong);
        }
        System.out.println("POSTS (person, title)  PostFinder: " + score);
        assertTrue(score.precision() >= 0.9, "precision " + score);
        assertTrue(score.recall() >= 0.9, "recall " + score);
    }
}
