package org.newskg.shell.command;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.store.SparqlEndpointServer;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.cli.UsageException;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.StoreAccess;
import org.newskg.shell.export.ExplorerServer;

/**
 * {@code serve}: exposes the store as a SPARQL endpoint for other tools, and as a graph
 * explorer page for people (on the loopback interface whatever {@code --host} says). From the operating
 * system's shell it runs until Ctrl-C; in the interactive shell it serves in the background
 * until {@code serve --stop}, because the shell holds the store and TDB2 admits one process.
 */
public final class ServeCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "serve",
            "serve the store as a read-only SPARQL endpoint and a graph explorer page on this machine (Ctrl-C or 'serve --stop' ends it)",
            List.of(StoreOption.SPEC,
                    OptionSpec.value("port", "N", "the port (0 picks a free one)")
                            .withDefault(Integer.toString(SparqlEndpointServer.Options.DEFAULT_PORT)),
                    OptionSpec.value("host", "HOST", "the interface to listen on; 0.0.0.0 lets other machines in")
                            .withDefault(SparqlEndpointServer.Options.DEFAULT_HOST),
                    OptionSpec.value("name", "NAME", "the dataset's name in the URL")
                            .withDefault(SparqlEndpointServer.Options.DEFAULT_DATASET),
                    OptionSpec.flag("allow-updates", "accept SPARQL Update and Graph Store writes (off: read-only)"),
                    OptionSpec.value("timeout", "SECONDS", "the longest a query may run")
                            .withDefault(Long.toString(SparqlEndpointServer.Options.DEFAULT_TIMEOUT.toSeconds())),
                    OptionSpec.value("max-rows", "N", "the most results a query may return")
                            .withDefault(Long.toString(SparqlEndpointServer.Options.DEFAULT_MAX_ROWS)),
                    OptionSpec.value("explorer-port", "N", "the port of the graph explorer page, on this machine only"
                            + " (default: the next after --port; 0 picks a free one)"),
                    OptionSpec.flag("stop", "stop the endpoint this shell is serving (interactive shell)")),
            PositionalSpec.none(),
            null,
            List.of("serve --port 3030",
                    "sparql --store http://127.0.0.1:3030/newskg 'SELECT * WHERE { ?s ?p ?o } LIMIT 5'",
                    "serve --stop"));

    private final StoreAccess stores;
    /** The endpoint serving in the background of the interactive shell, if any, and its explorer. */
    private SparqlEndpointServer background;
    private ExplorerServer backgroundExplorer;

    public ServeCommand(StoreAccess stores) {
        this.stores = stores;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public synchronized int run(ParsedArguments args, Console console) {
        if (args.flag("stop")) {
            return stop(console);
        }
        SparqlEndpointServer.Options options = options(args);
        String location = args.value(STORE).orElseThrow();
        if (stores.keepsStoresOpen()) {
            if (background != null) {
                throw new UserInputException("already serving " + background.storeLocation() + " at "
                        + background.datasetUrl() + ": 'serve --stop' first");
            }
            int explorerPort = explorerPort(args, options);
            stores.withStore(location, store -> {
                background = SparqlEndpointServer.start(store, options);
                try {
                    backgroundExplorer = ExplorerServer.start(store, explorerPort);
                } catch (RuntimeException e) {
                    background.close();
                    background = null;
                    throw e;
                }
                return null;
            });
            announce(background, backgroundExplorer, console, "'serve --stop' stops it");
            return ExitStatus.OK;
        }
        serveUntilInterrupted(location, options, explorerPort(args, options), console);
        return ExitStatus.OK;
    }

    private int stop(Console console) {
        if (!stores.keepsStoresOpen()) {
            throw new UserInputException("'serve --stop' works inside the interactive shell;"
                    + " press Ctrl-C where 'newskg serve' runs");
        }
        if (background == null) {
            throw new UserInputException("no endpoint is being served");
        }
        backgroundExplorer.close();
        background.close();
        console.err().println("stopped serving " + background.datasetUrl() + " and " + backgroundExplorer.url());
        background = null;
        backgroundExplorer = null;
        return ExitStatus.OK;
    }

    private void serveUntilInterrupted(String location, SparqlEndpointServer.Options options, int explorerPort, Console console) {
        // Ctrl-C runs the hook: it stops the server, and waits briefly so the store is closed before the JVM halts.
        CountDownLatch storeClosed = new CountDownLatch(1);
        try {
            stores.withStore(location, store -> {
                SparqlEndpointServer server = SparqlEndpointServer.start(store, options);
                ExplorerServer explorer;
                try {
                    explorer = ExplorerServer.start(store, explorerPort);
                } catch (RuntimeException e) {
                    server.close();
                    throw e;
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    explorer.close();
                    server.close();
                    awaitQuietly(storeClosed);
                }, "newskg-serve-stop"));
                announce(server, explorer, console, "Ctrl-C stops it");
                server.awaitStop();
                return null;
            });
        } finally {
            storeClosed.countDown();
        }
    }

    private static void announce(SparqlEndpointServer server, ExplorerServer explorer, Console console, String howToStop) {
        SparqlEndpointServer.Options o = server.options();
        // stdout carries only the URL, so a script can capture it; the rest is for the person.
        console.out().println(server.datasetUrl());
        console.out().flush();
        console.err().println("serving " + server.storeLocation() + (o.allowUpdates() ? " (updates allowed)" : " read-only")
                + ": query " + server.datasetUrl() + "/sparql, graphs " + server.datasetUrl() + "/data"
                + "; at most " + o.maxRows() + " rows and " + o.timeout().toSeconds() + " s per query; " + howToStop);
        console.err().println("explore the graph at " + explorer.url() + " (this machine only; ?focus=NAME starts from an entity)");
        console.err().flush();
    }

    /** The explorer's port: as given, else the one after the endpoint's (a free one when the endpoint's is). */
    private static int explorerPort(ParsedArguments args, SparqlEndpointServer.Options options) {
        if (args.value("explorer-port").isPresent()) {
            return (int) number(args, "explorer-port", 0);
        }
        return options.port() == 0 ? 0 : options.port() + 1;
    }

    private static SparqlEndpointServer.Options options(ParsedArguments args) {
        return new SparqlEndpointServer.Options(
                args.value("host").orElseThrow(),
                (int) number(args, "port", 0),
                args.value("name").orElseThrow(),
                args.flag("allow-updates"),
                Duration.ofSeconds(number(args, "timeout", 1)),
                number(args, "max-rows", 1));
    }

    private static long number(ParsedArguments args, String option, long min) {
        String value = args.value(option).orElseThrow();
        try {
            long n = Long.parseLong(value);
            if (n >= min && n <= Integer.MAX_VALUE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the other out-of-range values
        }
        throw new UsageException(SPEC.name(), "--" + option + " must be a whole number of at least " + min + ", not '" + value + "'");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
