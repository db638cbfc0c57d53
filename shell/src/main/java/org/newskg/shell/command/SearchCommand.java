package org.newskg.shell.command;

import java.util.List;
import org.newskg.extractor.lookup.EntityLookup;
import org.newskg.extractor.lookup.EntityMatch;
import org.newskg.extractor.lookup.NothingFoundException;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.Session;
import org.newskg.shell.console.StoreAccess;

/** {@code search}: entities whose name or alias contains the text, best matches first. */
public final class SearchCommand extends LookupCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "search",
            "find entities by name or alias (exact matches first, then prefixes, then the rest; most mentioned first)",
            List.of(StoreOption.SPEC, LimitOption.spec("entities", "20")),
            new PositionalSpec("TEXT", "part of a name", 1, 1),
            null,
            List.of("search 呼和浩特", "search --limit 5 委员会"));

    public SearchCommand(StoreAccess stores, Session session) {
        super(SPEC, stores, session);
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        String text = args.positionals().get(0);
        int limit = LimitOption.value(args, SPEC.name());
        List<EntityMatch> found = stores().withStore(args.value(STORE).orElseThrow(),
                store -> new EntityLookup(store).search(text, limit == 0 ? Integer.MAX_VALUE : limit));
        if (found.isEmpty()) {
            throw new NothingFoundException(text);
        }
        printer(console).matches(found);
        console.err().println(found.size() + (found.size() == 1 ? " entity" : " entities")
                + (limit > 0 && found.size() == limit ? " (the first " + limit + "; --limit 0 shows all)" : ""));
        return ExitStatus.OK;
    }
}
