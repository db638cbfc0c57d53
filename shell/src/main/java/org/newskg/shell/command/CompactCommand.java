package org.newskg.shell.command;

import java.util.List;
import java.util.Locale;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.store.Compactable;
import org.newskg.extractor.store.Compaction;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.Sizes;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.StoreAccess;

/** {@code compact}: gives back the disk space TDB2 keeps after graphs are replaced. */
public final class CompactCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "compact",
            "reclaim the disk space a store keeps after pages are re-ingested",
            List.of(StoreOption.SPEC),
            PositionalSpec.none(),
            null,
            List.of("compact", "compact --store newskg-store"));

    private final StoreAccess stores;

    public CompactCommand(StoreAccess stores) {
        this.stores = stores;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        Compaction done = stores.withStore(args.value(STORE).orElseThrow(), store -> {
            if (!(store instanceof Compactable compactable)) {
                throw new UserInputException("compact works on a local store directory, not on " + store.location()
                        + ": compact a remote store with its server's own tools");
            }
            return compactable.compact();
        });
        console.out().println(String.format(Locale.ROOT, "%s before, %s after (%s reclaimed) in %.1f s",
                Sizes.human(done.bytesBefore()), Sizes.human(done.bytesAfter()),
                Sizes.human(done.bytesReclaimed()), done.elapsed().toMillis() / 1000.0));
        return ExitStatus.OK;
    }

}
