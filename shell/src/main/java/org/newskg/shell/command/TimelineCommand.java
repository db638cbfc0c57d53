package org.newskg.shell.command;

import java.util.List;
import org.newskg.extractor.lookup.EntityLookup;
import org.newskg.extractor.lookup.TimelineEntry;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.Session;
import org.newskg.shell.console.StoreAccess;
import org.newskg.shell.format.TextColumns;

/** {@code timeline}: the dated facts about an entity, oldest first. */
public final class TimelineCommand extends LookupCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "timeline",
            "list the dated facts about an entity in order: posts, events, articles mentioning it",
            List.of(StoreOption.SPEC, LimitOption.spec("facts", null)),
            new PositionalSpec("NAME|IRI", "a name or alias (exact), or an IRI", 1, 1),
            null,
            List.of("timeline 呼和浩特市", "timeline --limit 10 '<http://newskg.org/id/region/150100000000>'"));

    public TimelineCommand(StoreAccess stores, Session session) {
        super(SPEC, stores, session);
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        String name = args.positionals().get(0);
        int limit = LimitOption.value(args, SPEC.name());
        List<TimelineEntry> entries = stores().withStore(args.value(STORE).orElseThrow(),
                store -> new EntityLookup(store).timeline(name));
        TextColumns.Printed printed = printer(console).timeline(entries, limit);
        console.err().println(printed.total() + (printed.total() == 1 ? " dated fact" : " dated facts")
                + (printed.cut() ? " (" + printed.shown() + " shown; --limit 0 shows all)" : ""));
        return ExitStatus.OK;
    }
}
