package org.newskg.shell.command;

import static org.newskg.shell.command.ShellCommand.STORE;

import java.util.List;
import org.newskg.extractor.evidence.EvidenceFinder;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.StoreAccess;
import org.newskg.shell.format.QueryOutcomePrinter;
import org.newskg.shell.format.ResultFormat;

/** {@code evidence}: the mentions, with file offsets and sentences, that support a node or fact. */
public final class EvidenceCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "evidence",
            "list the mentions (file, code-point offsets, text, sentence) that support a node or fact",
            List.of(StoreOption.SPEC,
                    OptionSpec.value("format", "FORMAT", "table, or csv with columns file,start,end,text,sentence")
                            .withChoices(List.of("table", "csv")).withDefault("table")),
            new PositionalSpec("NAME_OR_IRI", "a person, region, post, tenure, event or article: a name, <http://…> or nkgid:…", 1, 1),
            null,
            List.of("evidence nkgid:region/150100000000",
                    "evidence --format csv '<http://newskg.org/id/article/000_589c182ea8fb9a5a.txt/2>' > evidence.csv"));

    private final StoreAccess stores;

    public EvidenceCommand(StoreAccess stores) {
        this.stores = stores;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        String node = args.positionals().get(0);
        ResultFormat format = ResultFormat.fromOption(args.value("format").orElseThrow());
        QueryOutcome.Select rows = stores.withStore(args.value(STORE).orElseThrow(),
                store -> new EvidenceFinder(store).select(node));
        new QueryOutcomePrinter(format).print(rows, console.out(), console.err());
        return ExitStatus.OK;
    }
}
