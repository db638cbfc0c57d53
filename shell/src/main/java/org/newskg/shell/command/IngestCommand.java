package org.newskg.shell.command;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.extractor.ingest.CommitBatching;
import org.newskg.extractor.ingest.CompactionPolicy;
import org.newskg.extractor.ingest.FileOutcome;
import org.newskg.extractor.ingest.IngestOptions;
import org.newskg.extractor.ingest.IngestReport;
import org.newskg.extractor.ingest.Ingestor;
import org.newskg.extractor.source.RecordColumns;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.cli.UsageException;
import org.newskg.extractor.UserInputException;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.Session;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.IngestProgress;
import org.newskg.shell.console.StoreAccess;

/**
 * {@code ingest}: reads newspaper pages, and corpora of one story per record (JSON Lines, CSV,
 * TSV, .gz of each), into the store, one named graph per source, many sources per commit.
 */
public final class IngestCommand implements ShellCommand {

    static final OptionSpec THREADS_SPEC = OptionSpec.value("threads", "N",
            "extraction worker threads (the store is written by one)").withDefault(String.valueOf(Ingestor.defaultThreads()));

    private static final CommandSpec SPEC = new CommandSpec(
            "ingest",
            "read newspaper pages or corpora of one story per record (files or directories) into the store",
            List.of(StoreOption.SPEC,
                    OptionSpec.value("date", "YYYY-MM-DD", "publication date of all the pages (else the record, manifest.csv, the text)"),
                    OptionSpec.value("paper", "NAME", "newspaper of all the pages (else the record, manifest.csv, the text)"),
                    OptionSpec.value("columns", "NAMES", "the columns of CSV/TSV rows without a header, and of .txt files read"
                            + " as tab-separated rows, e.g. label,text for THUCNews (text, title, date, paper, url, id; other names are skipped)"),
                    THREADS_SPEC,
                    OptionSpec.value("batch-quads", "N", "commit after this many quads (1: a source per commit)")
                            .withDefault(String.valueOf(CommitBatching.DEFAULT_QUADS)),
                    OptionSpec.value("batch-ms", "MS", "commit a batch at the latest this long after its first source")
                            .withDefault(String.valueOf(CommitBatching.DEFAULT_DELAY.toMillis())),
                    OptionSpec.value("compact-above", "GB", "compact the store during the run when it grows past this size on disk"
                            + " (and twice its last compacted size); 0: never")
                            .withDefault(String.valueOf(CompactionPolicy.DEFAULT_LIMIT_BYTES >> 30)),
                    OptionSpec.flag("verbose", "a line per source (else one status line; failures are always named)"),
                    OptionSpec.flag("background", "in the interactive shell: ingest behind the prompt while queries go on ('jobs' shows progress)")),
            PositionalSpec.oneOrMore("PATH", "a page (.txt), a file of records (.jsonl, .csv, .tsv, or .gz of each), or a directory of them"),
            null,
            List.of("ingest data/corpus",
                    "ingest --threads 1 data/corpus",
                    "ingest --background data/corpus",
                    "ingest news.jsonl.gz",
                    "ingest --columns label,text cnews.val.txt",
                    "ingest --paper 内蒙古日报 --date 2024-02-07 page1.txt page2.txt"));

    private final StoreAccess stores;
    private final Session session;

    public IngestCommand(StoreAccess stores) {
        this(stores, new Session());
    }

    public IngestCommand(StoreAccess stores, Session session) {
        this.stores = stores;
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        IngestOptions options = new IngestOptions(args.value("paper").orElse(null), date(args), compactAbove(args),
                columns(args), new CommitBatching(positiveInt(SPEC.name(), "batch-quads", args),
                        Duration.ofMillis(positiveInt(SPEC.name(), "batch-ms", args))));
        List<Path> paths = args.positionals().stream().map(Path::of).toList();
        int threads = positiveInt(SPEC.name(), "threads", args);
        if (args.flag("background")) {
            return startInBackground(args.value(STORE).orElseThrow(), paths, options, threads, console);
        }
        IngestProgress progress = new IngestProgress(console.err(), IngestProgress.styleForStderr(), args.flag("verbose"));
        IngestReport report;
        try {
            report = stores.withStore(args.value(STORE).orElseThrow(),
                    store -> new Ingestor(store).withThreads(threads).ingest(paths, options, progress));
        } finally {
            progress.finish();
        }
        // The summary is the command's result: stdout. Progress went to stderr.
        console.out().println(summary(report));
        return !report.failed().isEmpty() ? ExitStatus.FAILED : ExitStatus.OK;
    }

    private int startInBackground(String store, List<Path> paths, IngestOptions options, int threads, Console console) {
        if (!stores.keepsStoresOpen()) {
            throw new UsageException(SPEC.name(), "--background works in the interactive shell, where the store stays open");
        }
        if (session.background().running()) {
            throw new UserInputException("an ingest is already running in the background ('jobs' shows how far it is): wait for it");
        }
        String what = paths.size() == 1 ? paths.get(0).toString() : paths.size() + " paths";
        session.background().start(what, new IngestProgress(console.err(), IngestProgress.Style.QUIET, false),
                listener -> stores.withStore(store, s -> new Ingestor(s).withThreads(threads).ingest(paths, options, listener)))
                .whenComplete((report, error) -> console.err().println(error == null
                        ? "background ingest done: " + summary(report)
                        : "background ingest stopped: " + error.getMessage()));
        console.err().println("ingesting " + what + " in the background; queries keep working ('jobs' shows how far it is)");
        return ExitStatus.OK;
    }

    /** An option whose value must be a whole number of at least 1. */
    static int positiveInt(String command, String option, ParsedArguments args) {
        String value = args.value(option).orElseThrow();
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(command, "--" + option + " must be a whole number of at least 1, not '" + value + "'");
    }

    private static RecordColumns columns(ParsedArguments args) {
        String value = args.value("columns").orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return RecordColumns.parse(value);
        } catch (UserInputException e) {
            throw new UsageException(SPEC.name(), e.getMessage());
        }
    }

    private static long compactAbove(ParsedArguments args) {
        String value = args.value("compact-above").orElseThrow();
        try {
            double gb = Double.parseDouble(value.strip());
            if (gb >= 0 && !Double.isInfinite(gb)) {
                return (long) (gb * (1L << 30));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(SPEC.name(), "--compact-above must be a size in GB (e.g. 8 or 0.5; 0 never compacts), not '" + value + "'");
    }

    private static LocalDate date(ParsedArguments args) {
        String value = args.value("date").orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(SPEC.name(), "--date must look like 2024-02-07, not '" + value + "'");
        }
    }

    static String summary(IngestReport report) {
        long failed = report.failed().size();
        int articles = report.articles();
        StringBuilder sb = new StringBuilder();
        // "files" while every source is a file of its own, as ever; "sources" once records count.
        String unit = report.files().stream().anyMatch(FileOutcome::record) ? "source" : "file";
        sb.append(String.format(Locale.ROOT, "%,d", report.files().size())).append(' ').append(unit)
                .append(report.files().size() == 1 ? "" : "s");
        if (failed > 0) {
            sb.append(" (").append(failed).append(" FAILED)");
        }
        sb.append(", ").append(articles).append(" articles");
        for (Map.Entry<String, Long> e : report.entitiesByType().entrySet()) {
            sb.append(", ").append(e.getValue()).append(' ').append(e.getKey());
        }
        sb.append(", ").append(String.format(Locale.ROOT, "%,d", report.triples())).append(" triples");
        sb.append(String.format(Locale.ROOT, " in %.1f s", report.elapsed().toMillis() / 1000.0));
        if (!report.compactions().isEmpty()) {
            long millis = report.compactions().stream().mapToLong(c -> c.elapsed().toMillis()).sum();
            sb.append(String.format(Locale.ROOT, " (store compacted %d %s on the way, %.1f s of it)", report.compactions().size(),
                    report.compactions().size() == 1 ? "time" : "times", millis / 1000.0));
        }
        // What failed is part of the result: the progress lines above may have scrolled away.
        for (FileOutcome f : report.failed()) {
            sb.append(System.lineSeparator()).append("FAILED ").append(f.failureLine());
        }
        return sb.toString();
    }
}
