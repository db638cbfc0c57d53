package org.newskg.shell.command;

import java.util.List;
import java.util.Map;
import org.newskg.extractor.store.StoreStatistics;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.StoreAccess;

/** {@code stats}: how many things of each type the store holds. */
public final class StatsCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "stats",
            "count what the store holds, by type",
            List.of(StoreOption.SPEC),
            PositionalSpec.none(),
            null,
            List.of("stats --store newskg-store"));

    private final StoreAccess stores;

    public StatsCommand(StoreAccess stores) {
        this.stores = stores;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        StoreStatistics stats = stores.withStore(args.value(STORE).orElseThrow(), StoreStatistics::of);
        int width = stats.byType().keySet().stream().mapToInt(String::length).max().orElse(0);
        width = Math.max(width, "triples".length());
        for (Map.Entry<String, Long> e : stats.byType().entrySet()) {
            console.out().printf("%-" + width + "s  %d%n", e.getKey(), e.getValue());
        }
        console.out().printf("%-" + width + "s  %d%n", "graphs", stats.graphs());
        console.out().printf("%-" + width + "s  %d%n", "triples", stats.triples());
        return ExitStatus.OK;
    }
}
