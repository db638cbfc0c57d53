package org.newskg.shell.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.TemporaryFolders;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.evaluation.Evaluation;
import org.newskg.extractor.evaluation.EvaluationReport;
import org.newskg.extractor.evaluation.HeldOutCorpus;
import org.newskg.extractor.evaluation.HeldOutSplit;
import org.newskg.extractor.evaluation.LeaveOnePageOut;
import org.newskg.extractor.evaluation.Score;
import org.newskg.extractor.mention.HanlpRecognizer;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;

/** {@code eval}: precision, recall and F1 per category against human annotation, beside HanLP alone. */
public final class EvalCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "eval",
            "score extraction against gold annotations (data/gold), beside HanLP's recognisers alone",
            List.of(OptionSpec.value("gold", "DIR", "folder of gold *.json files").withDefault("data/gold"),
                    OptionSpec.value("corpus", "DIR", "folder of the pages the gold files name").withDefault("data/corpus"),
                    OptionSpec.flag("heldout", "score the held-out stories (data/gold/heldout) read from ../shared/news into a temp dir"),
                    OptionSpec.value("split", "NAME", "with --heldout (implied): dev = data/gold/heldout, the default; "
                            + "dev2 = data/gold/unseen, a second development set; "
                            + "final = data/gold/final, blind stories for final scoring only").withChoices(HeldOutSplit.labels()),
                    OptionSpec.value("news", "DIR", "the shared news collection --heldout reads (default: ../shared/news)"),
                    OptionSpec.flag("per-page", "also print each page's scores"),
                    OptionSpec.flag("leave-one-out", "score each page as held out and list the word-list entries only it contains"),
                    OptionSpec.value("lexicon", "DIR", "word lists checked by --leave-one-out").withDefault("data/lexicon")),
            PositionalSpec.none(),
            null,
            List.of("eval", "eval --gold data/gold --corpus data/corpus --per-page", "eval --leave-one-out", "eval --heldout",
                    "eval --split dev2", "eval --split final"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        if (args.flag("heldout") || args.value("split").isPresent()) {
            return heldOut(args, console);
        }
        Path gold = bundled(args.value("gold").orElseThrow());
        Path corpus = bundled(args.value("corpus").orElseThrow());
        return evaluate(args, console, gold, corpus);
    }

    /** A held-out split's stories, materialised from the shared news collection into a temp dir that is removed after. */
    private int heldOut(ParsedArguments args, Console console) {
        HeldOutSplit split = args.value("split").map(HeldOutSplit::of).orElse(HeldOutSplit.DEV);
        Path gold = split.goldDir(bundled("data/gold"));
        Path home = installation().orElse(Path.of(""));
        Path news = args.value("news").map(Path::of)
                .or(() -> HeldOutCorpus.locateNews(home))
                .orElseThrow(() -> new UserInputException("no news collection at ../shared/news beside "
                        + home.toAbsolutePath().normalize() + ": --heldout reads its stories from there; pass --news DIR"));
        Path corpus = null;
        try {
            corpus = Files.createTempDirectory("newskg-heldout-");
            HeldOutCorpus.materialise(gold.resolve("selection.csv"), news, corpus);
            console.err().println("held-out stories (" + split.label() + " split) of " + gold + " read from " + news + " into " + corpus);
            return evaluate(args, console, gold, corpus);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TemporaryFolders.deleteQuietly(corpus);
        }
    }

    private int evaluate(ParsedArguments args, Console console, Path gold, Path corpus) {
        console.err().println("evaluating " + corpus + " against " + gold + " (each page in a fresh store) ...");
        EvaluationReport report = new Evaluation(Extractor.standard(), HanlpRecognizer.instance()::entities).run(gold, corpus);
        if (args.flag("per-page")) {
            for (EvaluationReport.PageScores page : report.pages()) {
                console.out().println(page.doc());
                print(console, page.newskg(), page.hanlp());
                console.out().println();
            }
            console.out().println("all pages (counts summed)");
        }
        print(console, report.totalNewskg(), report.totalHanlp());
        if (args.flag("leave-one-out")) {
            leaveOneOut(console, report, corpus, bundled(args.value("lexicon").orElseThrow()));
        }
        return ExitStatus.OK;
    }


    private static final int LISTED = 30;

    private static void leaveOneOut(Console console, EvaluationReport report, Path corpus, Path lexicon) {
        LeaveOnePageOut.Result result = LeaveOnePageOut.run(report, corpus, lexicon);
        console.out().println();
        console.out().println("leave-one-page-out (rules are not trained: each held-out page's own scores, and the "
                + "word-list entries of " + lexicon + " found on that page only)");
        console.out().printf(Locale.ROOT, "%d entries checked: %d on no sample page, %d on several, %d on one page only%n",
                result.entriesChecked(), result.entriesOnNoPage(), result.entriesOnSeveralPages(),
                result.pages().stream().mapToInt(p -> p.pageSpecific().size()).sum());
        console.out().printf(Locale.ROOT, "%-26s", "held-out page");
        report.totalNewskg().keySet().forEach(cat -> console.out().printf(Locale.ROOT, " %8s", abbreviate(cat)));
        console.out().printf(Locale.ROOT, " %9s%n", "page-only");
        for (LeaveOnePageOut.HeldOut page : result.pages()) {
            console.out().printf(Locale.ROOT, "%-26s", page.doc());
            page.scores().values().forEach(s -> console.out().printf(Locale.ROOT, " %8.3f", s.f1()));
            console.out().printf(Locale.ROOT, " %9d%n", page.pageSpecific().size());
        }
        console.out().println("(scores are F1; page-only = word-list entries whose only matches are on that page)");
        for (LeaveOnePageOut.HeldOut page : result.pages()) {
            List<LeaveOnePageOut.Entry> list = page.pageSpecific();
            console.out().println();
            console.out().printf(Locale.ROOT, "%s: %d page-only entries%s%n", page.doc(), list.size(),
                    list.size() > LISTED ? " (longest " + LISTED + " shown)" : "");
            for (LeaveOnePageOut.Entry e : list.subList(0, Math.min(LISTED, list.size()))) {
                console.out().printf(Locale.ROOT, "  %-28s %s%n", e.file(), e.key());
            }
        }
    }

    private static String abbreviate(String category) {
        return category.length() > 8 ? category.substring(0, 8) : category;
    }

    private static void print(Console console, Map<String, Score> newskg, Map<String, Score> hanlp) {
        console.out().printf(Locale.ROOT, "%-14s %6s %6s %6s %5s %5s %5s   %-20s%n",
                "category", "P", "R", "F1", "tp", "fp", "fn", "HanLP alone P/R/F1");
        for (Map.Entry<String, Score> e : newskg.entrySet()) {
            Score s = e.getValue();
            Score h = hanlp.get(e.getKey());
            String base = h == null ? "-" : String.format(Locale.ROOT, "%.3f/%.3f/%.3f", h.precision(), h.recall(), h.f1());
            console.out().printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %5d %5d %5d   %-20s%n", e.getKey(),
                    s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives(), base);
        }
    }

    /**
     * A relative default such as data/gold means the bundled folder when the current directory
     * has none: the launcher tells where the project lives.
     */
    static Path bundled(String value) {
        Path path = Path.of(value);
        if (!path.isAbsolute() && !Files.exists(path)) {
            return installation().map(home -> home.resolve(path)).orElse(path);
        }
        return path;
    }

    /** Where the launcher says the project is installed ({@code NEWSKG_HOME}), when run through it. */
    private static java.util.Optional<Path> installation() {
        return java.util.Optional.ofNullable(System.getenv("NEWSKG_HOME")).map(Path::of);
    }
}
