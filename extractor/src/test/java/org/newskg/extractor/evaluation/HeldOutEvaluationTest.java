package org.newskg.extractor.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.mention.HanlpRecognizer;

/**
 * The held-out evaluation (data/gold/heldout) end to end: its stories are read from the shared news
 * collection beside the project, which only some machines have, so the scoring test skips
 * elsewhere. The floors are loose sanity checks, far below today's scores: they catch a broken
 * pipeline or a collapse, not a small regression.
 */
class HeldOutEvaluationTest {

    private static final Path PROJECT = Path.of("..");
    private static final Path GOLD = PROJECT.resolve("data").resolve("gold").resolve("heldout");

    @Test
    void heldOutScoresStayAboveSanityFloors(@TempDir Path corpus) {
        Optional<Path> news = HeldOutCorpus.locateNews(PROJECT);
        assumeTrue(news.isPresent(), "no ../shared/news beside the project: held-out stories unavailable");
        HeldOutCorpus.materialise(GOLD.resolve("selection.csv"), news.get(), corpus);
        assertEquals(HeldOutCorpus.readSelection(GOLD.resolve("selection.csv")).size() + 1, corpus.toFile().list().length);

        Map<String, Score> scores = new Evaluation(Extractor.standard(), HanlpRecognizer.instance()::entities)
                .run(GOLD, corpus).totalNewskg();
        assertTrue(scores.get(CategoryScores.PERSONS).f1() > 0.6, () -> "persons " + scores);
        assertTrue(scores.get(CategoryScores.REGIONS).f1() > 0.6, () -> "regions " + scores);
        assertTrue(scores.get(CategoryScores.ORGANIZATIONS).f1() > 0.4, () -> "organizations " + scores);
        assertTrue(scores.get(CategoryScores.POSTS).f1() > 0.3, () -> "posts " + scores);
    }

    @Test
    void aTranscriptSectionBecomesHeadlineAndParagraphs() {
        String day = "# 《新闻联播》\n\n## 详细新闻\n\n### 甲事\n\n<p>第一段&nbsp;文字。</p><p><strong>第二段</strong>。<br>第三段。</p>\n"
                + "[查看原文](https://tv.cctv.com/x)\n\n### 乙事\n\n<p>别的。</p>\n";
        String page = HeldOutCorpus.transcriptStory(day, new HeldOutCorpus.Story("h", "xinwenlianbo", "20220101.md", "甲事", "新闻联播"));
        assertEquals("甲事\n\n第一段 文字。\n\n第二段。\n\n第三段。\n", page);
    }

    @Test
    void aCnewsLineBecomesItsArticle() {
        String lines = "体育\t赛事。\n时政\t标题正文。\n";
        assertEquals("标题正文。\n", HeldOutCorpus.cnewsStory(lines, new HeldOutCorpus.Story("h", "cnews", "c.txt", "2", "新浪")));
    }

    @ParameterizedTest
    @EnumSource(HeldOutSplit.class)
    void everyGoldFileHasASelectedStory(HeldOutSplit split) throws Exception {
        Path dir = split.goldDir(PROJECT.resolve("data").resolve("gold"));
        List<String> ids = HeldOutCorpus.readSelection(dir.resolve("selection.csv")).stream().map(HeldOutCorpus.Story::id).toList();
        try (var files = Files.list(dir)) {
            List<String> gold = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
            assertEquals(ids.stream().sorted().toList(), gold);
        }
    }

    @Test
    void theSecondDevelopmentSplitSharesNoStoryAndNoTranscriptDayWithTheFirst() {
        Set<String> dev = storyKeys(HeldOutSplit.DEV);
        List<HeldOutCorpus.Story> dev2 = selection(HeldOutSplit.DEV2);
        for (HeldOutCorpus.Story s : dev2) {
            assertFalse(dev.contains(storyKey(s)), () -> s.id() + " is also in the development split");
        }
        assertEquals(18, dev2.size());
    }

    @Test
    void theFinalSplitSharesNoStoryAndNoTranscriptDayWithTheEarlierSplits() {
        Set<String> earlier = new java.util.HashSet<>(storyKeys(HeldOutSplit.DEV));
        earlier.addAll(storyKeys(HeldOutSplit.DEV2));
        List<HeldOutCorpus.Story> fin = selection(HeldOutSplit.FINAL);
        for (HeldOutCorpus.Story s : fin) {
            assertFalse(earlier.contains(storyKey(s)), () -> s.id() + " is also in a development split");
            assertTrue(!s.source().equals("cnews") || Integer.parseInt(s.locator()) > 820, () -> s.id() + " is not after cnews line 820");
        }
        assertEquals(20, fin.size());
    }

    /** A transcript counts by its day (its file), a cnews story by its line. */
    private static String storyKey(HeldOutCorpus.Story s) {
        return s.source().equals("cnews") ? s.file() + ":" + s.locator() : s.file();
    }

    private static List<HeldOutCorpus.Story> selection(HeldOutSplit split) {
        return HeldOutCorpus.readSelection(split.goldDir(PROJECT.resolve("data").resolve("gold")).resolve("selection.csv"));
    }

    private static Set<String> storyKeys(HeldOutSplit split) {
        return selection(split).stream().map(HeldOutEvaluationTest::storyKey).collect(Collectors.toSet());
    }

    @Test
    void splitsAreNamedDevDev2AndFinal() {
        assertEquals(HeldOutSplit.DEV2, HeldOutSplit.of("dev2"));
        assertEquals(HeldOutSplit.FINAL, HeldOutSplit.of("final"));
        assertEquals(List.of("dev", "dev2", "final"), HeldOutSplit.labels());
        assertThrows(UserInputException.class, () -> HeldOutSplit.of("train"));
    }
}
