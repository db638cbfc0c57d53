package org.newskg.shell.command;

import static org.newskg.shell.command.ShellCommand.STORE;

import java.util.List;
import org.newskg.extractor.validation.GraphValidation;
import org.newskg.extractor.validation.StoreValidator;
import org.newskg.extractor.validation.Violation;
import org.newskg.extractor.validation.Violation.Severity;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.StoreAccess;

/**
 * {@code validate}: checks each source graph of the store against the SHACL shapes of the RDF
 * contract. Violations fail the run (status 1); warnings and notes are reported but do not.
 */
public final class ValidateCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "validate",
            "check the store against the SHACL shapes of the RDF contract; status 1 when it does not conform",
            List.of(StoreOption.SPEC,
                    OptionSpec.flag("all", "also list notes (facts news text often leaves out, such as an event's place)")),
            PositionalSpec.none(),
            null,
            List.of("validate --store newskg-store"));

    private static final StoreValidator VALIDATOR = new StoreValidator();

    private final StoreAccess stores;

    public ValidateCommand(StoreAccess stores) {
        this.stores = stores;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        boolean all = args.flag("all");
        List<GraphValidation> results = stores.withStore(args.value(STORE).orElseThrow(), VALIDATOR::validate);
        long[] counts = new long[Severity.values().length];
        for (GraphValidation graph : results) {
            String file = graph.graph().substring(graph.graph().lastIndexOf('/') + 1);
            for (Violation v : graph.report().violations()) {
                counts[v.severity().ordinal()]++;
                if (v.severity() != Severity.INFO || all) {
                    console.out().println(v + "  [" + file + "]");
                }
            }
        }
        boolean conforms = counts[Severity.VIOLATION.ordinal()] == 0;
        console.out().printf("%d graphs: %s (%d violations, %d warnings, %d notes%s)%n", results.size(),
                conforms ? "conforms" : "does not conform",
                counts[Severity.VIOLATION.ordinal()], counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()],
                all || counts[Severity.INFO.ordinal()] == 0 ? "" : "; --all lists notes");
        return conforms ? ExitStatus.OK : ExitStatus.FAILED;
    }
}
