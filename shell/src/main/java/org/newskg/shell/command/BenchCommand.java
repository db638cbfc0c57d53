package org.newskg.shell.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.evaluation.HeldOutCorpus;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.bench.BenchOptions;
import org.newskg.extractor.bench.BenchReport;
import org.newskg.extractor.bench.Benchmark;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.cli.UsageException;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;

/** {@code bench}: how fast each stage runs against HanLP alone, on a corpus built from the samples. */
public final class BenchCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "bench",
            "measure extraction and ingest against HanLP alone and Jena's bulk loader, on a generated corpus",
            List.of(OptionSpec.value("mb", "N", "corpus size in MB of text, built from the sample pages").withDefault("10"),
                    OptionSpec.value("articles", "N", "instead of whole pages, this many small articles (20 to a file)"),
                    OptionSpec.value("news", "M", "instead, M million characters of real news, one story per file, from"
                            + " ../shared/news (when present)"),
                    OptionSpec.value("news-dir", "DIR", "the news collection for --news (default: ../shared/news beside the project)"),
                    IngestCommand.THREADS_SPEC,
                    OptionSpec.value("samples", "DIR", "the sample pages to build the corpus from").withDefault("data/corpus"),
                    OptionSpec.value("work", "DIR", "where the corpus and the stores go (default: a temporary folder, deleted after)")),
            PositionalSpec.none(),
            null,
            List.of("bench", "bench --mb 1", "bench --news 2", "bench --articles 100000"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) throws IOException {
        double mb = args.value("news").isPresent() ? number(args, "news") : number(args, "mb");
        Path news = args.value("news").isPresent() ? newsCollection(args) : null;
        int articles = args.value("articles").isPresent() ? IngestCommand.positiveInt(SPEC.name(), "articles", args) : 0;
        int threads = IngestCommand.positiveInt(SPEC.name(), "threads", args);
        Path samples = EvalCommand.bundled(args.value("samples").orElseThrow());
        boolean keep = args.value("work").isPresent();
        Path work = keep ? Path.of(args.value("work").get()) : Files.createTempDirectory("newskg-bench");
        BenchReport report = new Benchmark(Extractor.standard(), line -> {
            console.err().println(line);
            console.err().flush();
        }).run(new BenchOptions(samples, mb, news == null ? articles : 0, threads, work, keep, news));
        // The figures are the command's result: stdout, the JSON summary last.
        report.output().forEach(console.out()::println);
        return ExitStatus.OK;
    }

    private static Path newsCollection(ParsedArguments args) {
        Path home = Optional.ofNullable(System.getenv("NEWSKG_HOME")).map(Path::of).orElse(Path.of(""));
        Path news = args.value("news-dir").map(Path::of).or(() -> HeldOutCorpus.locateNews(home))
                .orElseThrow(() -> new UserInputException("no news collection at ../shared/news beside "
                        + home.toAbsolutePath().normalize() + ": pass --news-dir DIR"));
        if (!Files.isDirectory(news.resolve("xinwenlianbo"))) {
            throw new UserInputException("no xinwenlianbo/ in " + news + ": --news reads the 《新闻联播》 transcripts from there");
        }
        return news;
    }

    private static double number(ParsedArguments args, String option) {
        String value = args.value(option).orElseThrow();
        try {
            double n = Double.parseDouble(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(SPEC.name(), "--" + option + " must be a positive number, not '" + value + "'");
    }
}
