package org.newskg.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.store.QueryControl;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.Interrupts;
import org.newskg.shell.console.Session;
import org.newskg.shell.console.SessionPrefixes;
import org.newskg.shell.console.StoreAccess;
import org.newskg.shell.format.QueryOutcomePrinter;
import org.newskg.shell.format.ResultFormat;

/** {@code sparql}: runs one query against the store and prints the answer. */
public final class SparqlCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "sparql",
            "run a SPARQL query (common prefixes such as schema:, org:, skos: are predeclared)",
            List.of(StoreOption.SPEC,
                    OptionSpec.value("format", "FORMAT", "how to print SELECT and ASK results")
                            .withChoices(ResultFormat.optionValues()).withDefault("table"),
                    OptionSpec.value("query", "QUERY", "the query, instead of the QUERY argument"),
                    OptionSpec.value("file", "FILE", "read the query from a file (- for stdin)"),
                    LimitOption.spec("table rows", null),
                    OptionSpec.value("timeout", "SECONDS", "stop the query after this long")
                            .withDefault(Long.toString(QueryControl.DEFAULT_TIMEOUT.toSeconds()))),
            PositionalSpec.optionalOne("QUERY", "the SPARQL query (quote it); a query of only PREFIX lines declares them for the session"),
            "query",
            List.of("sparql 'SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } LIMIT 10'",
                    "sparql --format csv --file persons.rq > persons.csv",
                    "sparql --limit 5 'SELECT ?title WHERE { ?post rdfs:label ?title }'"));

    private final StoreAccess stores;
    private final Session session;

    public SparqlCommand(StoreAccess stores) {
        this(stores, new Session());
    }

    public SparqlCommand(StoreAccess stores, Session session) {
        this.stores = stores;
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) throws IOException {
        String query = queryText(args);
        ResultFormat format = ResultFormat.fromOption(args.value("format").orElseThrow());
        int limit = LimitOption.value(args, SPEC.name());
        Optional<Map<String, String>> declarations = SessionPrefixes.declarationsOnly(query);
        if (declarations.isPresent()) {
            session.prefixes().declareAll(declarations.get());
            console.err().println("declared for this session: " + String.join(" ", declarations.get().keySet().stream()
                    .map(p -> p + ":").toList()));
            return ExitStatus.OK;
        }
        String sent = session.prefixes().applyTo(query);
        QueryControl control = QueryControl.withTimeout(timeout(args));
        long start = System.nanoTime();
        QueryOutcome outcome;
        // In the interactive shell Ctrl-C stops the query, not the shell.
        try (Interrupts.Registration onCtrlC = console.interrupts().onInterrupt(control::cancel)) {
            outcome = stores.withStore(args.value(STORE).orElseThrow(), store -> store.query(sent, control));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        session.prefixes().rememberFrom(query);
        new QueryOutcomePrinter(format, limit, session.pager()).print(outcome, console.out(), console.err(), elapsed);
        return ExitStatus.OK;
    }

    private static Duration timeout(ParsedArguments args) {
        double seconds = args.number("timeout", s -> s > 0 && s <= 7 * 24 * 3600, "a number of seconds such as 60");
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    private static String queryText(ParsedArguments args) throws IOException {
        int sources = (args.positionals().isEmpty() ? 0 : 1) + (args.value("query").isPresent() ? 1 : 0)
                + (args.value("file").isPresent() ? 1 : 0);
        if (sources != 1) {
            throw new UserInputException("give the query once: as the QUERY argument, with --query or with --file");
        }
        if (args.value("file").isPresent()) {
            return readFile(args.value("file").get());
        }
        return args.value("query").orElseGet(() -> args.positionals().get(0));
    }

    private static String readFile(String name) throws IOException {
        if (name.equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String text;
        try {
            text = Files.readString(Path.of(name), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException("query file " + name + " does not exist: check the path");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserInputException("query file " + name + " is not UTF-8 text: save it as UTF-8");
        } catch (IOException e) {
            throw new UserInputException("cannot read query file " + name + ": "
                    + (Files.isDirectory(Path.of(name)) ? "it is a folder" : e.getMessage()) + "; name a file", e);
        }
        if (text.isBlank()) {
            throw new UserInputException("query file " + name + " is empty: write a SPARQL query in it");
        }
        return text;
    }
}
