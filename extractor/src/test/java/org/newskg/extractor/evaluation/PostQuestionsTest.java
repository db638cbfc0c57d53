package org.newskg.extractor.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.TemporaryFolders;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.ingest.IngestOptions;
import org.newskg.extractor.ingest.Ingestor;
import org.newskg.extractor.store.TdbStore;

/**
 * Evaluation, who held post X on day D: the question set parses, answers are scored name by name,
 * and a store of one day of 《新闻联播》 answers the questions of a day after them (the whole set
 * is scored by {@code newskg questions --build}).
 */
class PostQuestionsTest {

    private static final Path PROJECT = Path.of("..");
    private static final Path QUESTIONS = PROJECT.resolve("data/gold/questions/who-held-post.tsv");

    @Test
    void theQuestionSetParses() {
        List<PostQuestions.Question> questions = PostQuestions.read(QUESTIONS);
        assertTrue(questions.size() > 100, "questions: " + questions.size());
        assertTrue(questions.stream().allMatch(q -> !q.forms().isEmpty() && !q.holders().isEmpty()));
    }

    @Test
    void answersAreScoredNameByName() {
        PostQuestions.Question q = new PostQuestions.Question(LocalDate.parse("2023-06-15"), List.of("国务院副总理"),
                Set.of("甲", "乙", "丙"));
        Score score = PostQuestions.total(List.of(new PostQuestions.Answer(q, Set.of("甲", "丁"))));
        assertEquals(new Score(1, 1, 2), score);
    }

    @Test
    void aDayOfTranscriptsAnswersTheQuestionsOfTheWeekAfter() throws Exception {
        Optional<Path> news = HeldOutCorpus.locateNews(PROJECT);
        assumeTrue(news.isPresent(), "no ../shared/news beside the project: transcripts unavailable");
        // The 2023 session of the National People's Congress appointed the premier that day; the
        // questions ask who held the posts nine days later, which only the inferred tenures answer.
        List<Path> days = TranscriptDays.days(news.get(), d -> d.equals("20230311"));
        assumeTrue(days.size() == 1, "the transcript of 2023-03-11 is missing");
        List<PostQuestions.Question> questions = PostQuestions.read(QUESTIONS).stream()
                .filter(q -> q.day().equals(LocalDate.parse("2023-03-20"))).toList();
        Path pages = Files.createTempDirectory("newskg-questions-pages-");
        Path dir = Files.createTempDirectory("newskg-questions-store-");
        try (TdbStore store = TdbStore.open(dir)) {
            TranscriptDays.materialise(days, pages);
            new Ingestor(store).ingest(List.of(pages), IngestOptions.none(), IngestListener.SILENT);
            List<PostQuestions.Answer> answers = PostQuestions.answer(store, questions, PostQuestions.Basis.INFERRED);
            Score inferred = PostQuestions.total(answers);
            Score attested = PostQuestions.total(PostQuestions.answer(store, questions, PostQuestions.Basis.ATTESTED));
            assertTrue(inferred.truePositives() >= 1 && inferred.falsePositives() == 0, "inferred: " + inferred);
            assertEquals(0, attested.truePositives(), "attested days alone never reach the week after: " + attested);
        } finally {
            TemporaryFolders.deleteQuietly(pages);
            TemporaryFolders.deleteQuietly(dir);
        }
    }
}
