package org.newskg.shell.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newskg.extractor.TemporaryFolders;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.evaluation.HeldOutCorpus;
import org.newskg.extractor.evaluation.PostQuestions;
import org.newskg.extractor.evaluation.Score;
import org.newskg.extractor.evaluation.TranscriptDays;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.ingest.IngestOptions;
import org.newskg.extractor.ingest.Ingestor;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.StoreAccess;

/**
 * {@code questions}: asks a store "who held post X on day D" for every question of the set and
 * scores the answers against the public record; {@code --build} first ingests every N-th day of
 * the 《新闻联播》 transcripts in ../shared/news into that store.
 */
public final class QuestionsCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "questions",
            "score 'who held post X on day D' answered by the store against data/gold/questions/who-held-post.tsv",
            List.of(StoreOption.SPEC,
                    OptionSpec.value("questions", "FILE", "the question set").withDefault("data/gold/questions/who-held-post.tsv"),
                    OptionSpec.flag("build", "first ingest every --every-th day of the 新闻联播 transcripts into the store"),
                    OptionSpec.value("every", "N", "with --build: every N-th day (1 = all)").withDefault("4"),
                    OptionSpec.value("news", "DIR", "the shared news collection (default: ../shared/news)"),
                    OptionSpec.flag("attested", "answer from nkg:firstAttested/lastAttested only, as before inference"),
                    OptionSpec.flag("per-question", "print each question's answer")),
            PositionalSpec.none(),
            null,
            List.of("questions --store xwlb-store --build --every 4", "questions --store xwlb-store --per-question",
                    "questions --store xwlb-store --attested"));

    private final StoreAccess stores;

    public QuestionsCommand(StoreAccess stores) {
        this.stores = stores;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        List<PostQuestions.Question> questions = PostQuestions.read(EvalCommand.bundled(args.value("questions").orElseThrow()));
        PostQuestions.Basis basis = args.flag("attested") ? PostQuestions.Basis.ATTESTED : PostQuestions.Basis.INFERRED;
        String store = args.value(STORE).orElseThrow();
        if (args.flag("build")) {
            build(args, console, store);
        }
        List<PostQuestions.Answer> answers = stores.withStore(store, s -> PostQuestions.answer(s, questions, basis));
        if (args.flag("per-question")) {
            for (PostQuestions.Answer a : answers) {
                boolean right = a.names().equals(a.question().holders());
                console.out().printf(Locale.ROOT, "%s %s  %s  record: %s  store: %s%n", right ? "ok  " : "MISS",
                        a.question().day(), a.question().forms().get(0), String.join("|", a.question().holders()),
                        a.names().isEmpty() ? "-" : String.join("|", a.names()));
            }
        }
        Score total = PostQuestions.total(answers);
        console.out().printf(Locale.ROOT, "%d questions (%s): P %.3f  R %.3f  F1 %.3f  tp %d fp %d fn %d%n",
                questions.size(), basis.name().toLowerCase(Locale.ROOT), total.precision(), total.recall(), total.f1(),
                total.truePositives(), total.falsePositives(), total.falseNegatives());
        return ExitStatus.OK;
    }

    private void build(ParsedArguments args, Console console, String store) {
        int every;
        try {
            every = Integer.parseInt(args.value("every").orElseThrow());
        } catch (NumberFormatException e) {
            throw new UserInputException("--every takes a whole number of days, not " + args.value("every").orElse(""));
        }
        Path home = Path.of(System.getenv().getOrDefault("NEWSKG_HOME", ""));
        Path news = args.value("news").map(Path::of).or(() -> HeldOutCorpus.locateNews(home))
                .orElseThrow(() -> new UserInputException("no news collection at ../shared/news; pass --news DIR"));
        Path pages = null;
        try {
            pages = Files.createTempDirectory("newskg-xwlb-");
            List<Path> days = TranscriptDays.everyNth(news, every);
            int stories = TranscriptDays.materialise(days, pages);
            console.err().println("ingesting " + stories + " stories of " + days.size() + " days (every " + every
                    + ") from " + news + " into " + store + " ...");
            Path dir = pages;
            stores.withStore(store, s -> new Ingestor(s).withThreads(Ingestor.defaultThreads())
                    .ingest(List.of(dir), IngestOptions.none(), IngestListener.SILENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TemporaryFolders.deleteQuietly(pages);
        }
    }
}
