package org.newskg.shell.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newskg.extractor.load.ExtractedSource;
import org.newskg.extractor.load.LoadReport;
import org.newskg.extractor.load.NQuadsLoader;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.StoreAccess;

/**
 * {@code load DIR}: bulk-loads the N-Quads of the Spark extraction job (or any N-Quads of NewsKG
 * graphs) into the store; unchanged sources are skipped, so it can be run again after a kill.
 */
public final class LoadCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "load",
            "bulk-load the N-Quads an extraction job wrote (DIR/nquads/part-*.gz, or *.nq[.gz] files)",
            List.of(StoreOption.SPEC),
            PositionalSpec.oneOrMore("DIR", "the job's output folder, or a folder or file of N-Quads"),
            null,
            List.of("load spark-out", "load --store http://127.0.0.1:8890/sparql spark-out"));

    private final StoreAccess stores;

    public LoadCommand(StoreAccess stores) {
        this.stores = stores;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        List<Path> dirs = args.positionals().stream().map(Path::of).toList();
        boolean anyFailed = false;
        for (Path dir : dirs) {
            LoadReport report = stores.withStore(args.value(STORE).orElseThrow(), store -> new NQuadsLoader(store).load(dir));
            for (ExtractedSource failed : report.failed()) {
                console.err().println("not extracted: " + failed.location() + ": " + failed.reason());
            }
            console.out().println(String.format(Locale.ROOT,
                    "%s: %d graphs loaded, %d unchanged, %d quads in %.1f s (%.0f quads/s); %d sources had failed extraction",
                    dir, report.loaded(), report.unchanged(), report.quads(), report.took().toMillis() / 1000.0,
                    report.quadsPerSecond(), report.failed().size()));
            anyFailed |= !report.failed().isEmpty();
        }
        return anyFailed ? ExitStatus.FAILED : ExitStatus.OK;
    }
}
