package org.newskg.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.shell.CommandRunner;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.Session;
import org.newskg.shell.console.StoreAccess;
import org.newskg.shell.console.StoreForOneCommand;
import org.newskg.shell.console.StoresKeptOpen;

/** In the interactive shell an ingest can run behind the prompt while queries keep answering. */
class BackgroundIngestTest {

    private static final String COUNT_SOURCES =
            "SELECT (COUNT(?f) AS ?n) WHERE { GRAPH ?g { ?f a nkg:SourceFile } }";

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    @Test
    void queriesAnswerWhileAnIngestRunsBehindThePrompt() throws Exception {
        Path corpus = copiesOfTheSample(8);
        String store = dir.resolve("store").toString();
        try (StoresKeptOpen stores = new StoresKeptOpen()) {
            Session session = new Session();
            Commands commands = Commands.using(stores, session);
            assertEquals(0, run(commands, session, "stats", "--store", store).status());

            Run started = run(commands, session, "ingest", "--background", "--store", store, corpus.toString());
            assertEquals(0, started.status(), started.err());
            assertTrue(started.err().contains("in the background"), started.err());

            int answeredWhileRunning = 0;
            while (session.background().running()) {
                Run query = run(commands, session, "sparql", "--store", store, "--format", "csv", COUNT_SOURCES);
                assertEquals(0, query.status(), query.err());
                if (session.background().running()) {
                    answeredWhileRunning++;
                }
                Thread.sleep(20);
            }
            assertTrue(answeredWhileRunning > 0, "a query answered while the ingest was still running");

            Run jobs = run(commands, session, "jobs");
            assertTrue(jobs.out().contains("finished, 32 of 32 sources"), jobs.out());
            Run after = run(commands, session, "sparql", "--store", store, "--format", "csv", COUNT_SOURCES);
            assertEquals("n\r\n32\r\n", after.out(), "every file is in once the job is done");
        }
    }

    @Test
    void aOneShotRunRefusesToIngestInTheBackground() throws Exception {
        try (StoreAccess stores = new StoreForOneCommand()) {
            Session session = new Session();
            Commands commands = Commands.using(stores, session);
            Run r = run(commands, session, "ingest", "--background", "--store", dir.resolve("s").toString(), "../data/corpus");
            assertEquals(2, r.status());
            assertTrue(r.err().contains("interactive shell"), r.err());
        }
    }

    private Path copiesOfTheSample(int copies) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<Path> pages;
        try (var files = Files.list(Path.of("../data/corpus"))) {
            pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int copy = 0; copy < copies; copy++) {
            for (Path page : pages) {
                Files.copy(page, corpus.resolve(page.getFileName().toString().replace(".txt", "_" + copy + ".txt")));
            }
        }
        return corpus;
    }

    private static Run run(Commands commands, Session session, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        CommandRunner runner = new CommandRunner(commands, console);
        List<String> words = List.of(argv);
        int status = commands.named(words.get(0))
                .map(c -> runner.run(c, session.withDefaultStore(c.spec(), words.subList(1, words.size()))))
                .orElseGet(() -> runner.run(words));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
