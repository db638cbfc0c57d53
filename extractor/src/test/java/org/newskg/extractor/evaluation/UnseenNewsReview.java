package org.newskg.extractor.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newskg.extractor.entity.MentionOverlaps;
import org.newskg.extractor.fact.PostHolding;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.mention.MentionType;
import org.newskg.extractor.mention.Recognizers;
import org.newskg.extractor.mention.TextContext;

/**
 * A reading aid: runs the recognisers over random stories the rules were never written against
 * (the shared news corpus, read at run time and never copied into the repo) and prints what they
 * find, for a person to judge; it fails only where a finding is no span of its story (an offset
 * outside it, a text that is not what the story holds there, a post of a person never found).
 * Runs only on request
 * ({@code -Dnewskg.review=N} stories, {@code -Dnewskg.review.seed}) and when the corpus is there.
 */
@EnabledIfSystemProperty(named = "newskg.review", matches = "\\d+")
class UnseenNewsReview {


    @Test
    void printMentionsOfRandomStories() throws IOException {
        java.util.Optional<Path> news = HeldOutCorpus.locateNews(Path.of(".."));
        assumeTrue(news.isPresent(), "no news corpus beside the repository");
        List<String> stories = stories(news.get());
        Collections.shuffle(stories, new Random(Long.getLong("newskg.review.seed", 7L)));
        int n = Integer.getInteger("newskg.review");
        Recognizers recognizers = Recognizers.standard();
        for (String story : stories.subList(0, Math.min(n, stories.size()))) {
            List<Mention> found = recognizers.find(story, TextContext.none());
            List<PostHolding> posts = recognizers.posts(story, found, TextContext.none());
            List<Mention> all = new ArrayList<>(found);
            posts.forEach(p -> all.add(p.title()));
            List<Mention> resolved = MentionOverlaps.resolve(all);
            for (Mention m : all) {
                assertTrue(m.start() >= 0 && m.end() <= story.length() && m.start() < m.end(), m::toString);
                assertEquals(story.substring(m.start(), m.end()), m.text(), m::toString);
            }
            for (PostHolding p : posts) {
                assertTrue(found.contains(p.person()), () -> "post of a person never found: " + p);
            }
            System.out.println("=== " + story.substring(0, Math.min(story.length(), 60)).replace('\n', ' '));
            for (MentionType type : List.of(MentionType.PERSON, MentionType.ORGANIZATION, MentionType.REGION,
                    MentionType.SITE, MentionType.TITLE, MentionType.DATE)) {
                StringBuilder line = new StringBuilder(type.name().substring(0, 3)).append(':');
                for (Mention m : resolved) {
                    if (m.type() == type) {
                        line.append(' ');
                        if (Boolean.getBoolean("newskg.review.context")) {
                            line.append(story, Math.max(0, m.start() - 4), m.start()).append('[');
                        }
                        line.append(m.text());
                        if (Boolean.getBoolean("newskg.review.context")) {
                            line.append(']').append(story, m.end(), Math.min(story.length(), m.end() + 4));
                        }
                        if (!m.canonical().equals(m.text())) {
                            line.append('→').append(m.canonical());
                        }
                    }
                }
                System.out.println(line);
            }
            for (PostHolding p : posts) {
                System.out.println("POST: " + p.person().text() + " ← " + p.fullTitle() + " @ " + p.organization());
            }
        }
    }

    private static List<String> stories(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        Path xwlb = root.resolve("xinwenlianbo");
        if (Files.isDirectory(xwlb)) {
            try (Stream<Path> files = Files.list(xwlb)) {
                for (Path file : files.sorted().toList()) {
                    String[] sections = Files.readString(file, StandardCharsets.UTF_8).split("\n### ");
                    for (int i = 1; i < sections.length; i++) {
                        String text = sections[i].replaceAll("<[^>]+>", "\n").replaceAll("\n+", "\n").strip();
                        if (text.length() > 80) {
                            out.add(text.length() > 1500 ? text.substring(0, 1500) : text);
                        }
                    }
                }
            }
        }
        Path cnews = root.resolve("cnews_thucnews_subset").resolve("cnews.val.txt");
        if (Files.exists(cnews)) {
            for (String line : Files.readAllLines(cnews, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                String text = line.substring(tab + 1);
                out.add(text.length() > 1500 ? text.substring(0, 1500) : text);
            }
        }
        return out;
    }
}
