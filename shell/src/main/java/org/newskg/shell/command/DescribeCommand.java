package org.newskg.shell.command;

import java.util.List;
import org.newskg.extractor.lookup.EntityDescription;
import org.newskg.extractor.lookup.EntityLookup;
import org.newskg.extractor.lookup.NothingFoundException;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.Session;
import org.newskg.shell.console.StoreAccess;

/** {@code describe}: an entity's types, names, posts, events and the articles mentioning it. */
public final class DescribeCommand extends LookupCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "describe",
            "show what the store knows about a person, place or organization",
            List.of(StoreOption.SPEC, LimitOption.spec("articles", "20")),
            new PositionalSpec("NAME|IRI", "a name or alias (exact), or an IRI: <http://…> or nkgid:…", 1, 1),
            null,
            List.of("describe 呼和浩特市", "describe nkgid:region/150100000000"));

    public DescribeCommand(StoreAccess stores, Session session) {
        super(SPEC, stores, session);
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        String name = args.positionals().get(0);
        int limit = LimitOption.value(args, SPEC.name());
        record Found(EntityDescription description, List<String> others) {
        }
        Found found = stores().withStore(args.value(STORE).orElseThrow(), store -> {
            EntityLookup lookup = new EntityLookup(store);
            List<String> matches = lookup.resolve(name);
            if (matches.isEmpty()) {
                throw new NothingFoundException(name);
            }
            return new Found(lookup.describeIri(matches.get(0)), matches.subList(1, matches.size()));
        });
        printer(console).description(found.description(), limit);
        if (!found.others().isEmpty()) {
            console.err().println(found.others().size() + " more with this name (describe one by IRI): "
                    + String.join(" ", found.others().stream().map(i -> "<" + i + ">").toList()));
        }
        return ExitStatus.OK;
    }
}
