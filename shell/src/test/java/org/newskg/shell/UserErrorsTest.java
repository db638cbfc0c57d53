package org.newskg.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.shell.command.Commands;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.Interrupts;
import org.newskg.shell.console.StoreForOneCommand;

/**
 * Every mistake a user can make is answered in one line on stderr that says what happened and
 * what to do, with a non-zero status and no stack trace; {@code --debug} adds the trace.
 */
class UserErrorsTest {

    /** Ten billion rows from nothing: runs for hours unless stopped. */
    static final String RUNAWAY = runaway();

    @TempDir
    Path dir;

    Path store;
    Path aFile;

    @BeforeEach
    void files() throws Exception {
        store = dir.resolve("store");
        aFile = Files.writeString(dir.resolve("a-file.txt"), "not a folder");
    }

    record Case(String name, int status, String expected, String[] args) {
    }

    private List<Case> cases() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.rq"), "  \n");
        String s = store.toString();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("unknown command", 2, "unknown command 'ingets'", new String[] {"ingets", "x"}));
        cases.add(new Case("unknown option", 2, "unknown option --stroe", new String[] {"stats", "--stroe", s}));
        cases.add(new Case("missing file", 1, "does not exist", new String[] {"ingest", "--store", s, dir.resolve("nope.txt").toString()}));
        cases.add(new Case("store path is a file", 1, "is a file, not a directory: name a directory for the store (--store DIR)", new String[] {"stats", "--store", aFile.toString()}));
        cases.add(new Case("bad --date", 2, "--date must look like 2024-02-07", new String[] {"ingest", "--store", s, "--date", "7/2/2024", aFile.toString()}));
        cases.add(new Case("bad --format", 2, "--format must be one of", new String[] {"sparql", "--store", s, "--format", "xml", "ASK {}"}));
        cases.add(new Case("malformed query", 1, "malformed SPARQL at line 1, column", new String[] {"sparql", "--store", s, "SELEKT * WHERE {}"}));
        cases.add(new Case("empty query", 1, "the query is empty: give a SPARQL query (the query as the argument, or --file FILE)", new String[] {"sparql", "--store", s, " "}));
        cases.add(new Case("empty query file", 1, "is empty", new String[] {"sparql", "--store", s, "--file", empty.toString()}));
        cases.add(new Case("missing query file", 1, "does not exist", new String[] {"sparql", "--store", s, "--file", dir.resolve("no.rq").toString()}));
        cases.add(new Case("query file is a folder", 1, "it is a folder", new String[] {"sparql", "--store", s, "--file", dir.toString()}));
        cases.add(new Case("bad --timeout", 2, "--timeout must be a number of seconds", new String[] {"sparql", "--store", s, "--timeout", "soon", "ASK {}"}));
        cases.add(new Case("unwritable --out", 1, "cannot write", new String[] {"export", "--store", s, "--format", "turtle", "--out", aFile.resolve("x.ttl").toString()}));
        cases.add(new Case("--out is a folder", 1, "is a directory", new String[] {"export", "--store", s, "--format", "turtle", "--out", dir.toString()}));
        cases.add(new Case("query timeout", 1, "query timed out after 0.5 s: narrow it (LIMIT, more specific patterns) or allow it more time (--timeout SECONDS)", new String[] {"sparql", "--store", s, "--timeout", "0.5", RUNAWAY}));
        return cases;
    }

    @Test
    void everyUserErrorIsOneLineWithoutAStackTrace() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Case c : cases()) {
            RunResult run = RunResult.of(c.args());
            String err = run.err();
            // An ingest also prints its per-file progress line; the reason is the last line.
            long lines = c.args()[0].equals("ingest") && c.status() == 1 ? 1 : run.errLines();
            if (run.status() != c.status() || lines != 1 || !err.contains(c.expected()) || err.contains("\tat ")
                    || err.contains("Exception")) {
                problems.add(c.name() + ": status " + run.status() + ", stderr: " + err);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void debugShowsTheTraceOfAnyFailure() {
        RunResult run = RunResult.of("stats", "--store", aFile.toString(), "--debug");
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("newskg: store "), run.err());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void aFailedFileIsListedInTheSummaryAndTheStatusSaysSo() throws Exception {
        Path page = dir.resolve("page.txt");
        Files.copy(Path.of("../data/corpus/000_589c182ea8fb9a5a.txt"), page);
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        RunResult run = RunResult.of("ingest", "--store", store.toString(), page.toString(), empty.toString());

        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().startsWith("2 files (1 FAILED)"), run.out());
        assertTrue(run.out().contains("FAILED " + empty + ": empty.txt is empty"), run.out());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void ctrlCCancelsTheRunningQueryAndTheShellGoesOn() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        // What the interactive shell's SIGINT handler does, without a terminal: fire the action.
        Interrupts ctrlCSoon = action -> {
            var pending = timer.schedule(action, 300, TimeUnit.MILLISECONDS);
            return () -> pending.cancel(false);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), ctrlCSoon);
        try (StoreForOneCommand stores = new StoreForOneCommand()) {
            CommandRunner shell = new CommandRunner(Commands.using(stores), console);
            long t0 = System.nanoTime();
            int status = shell.run("sparql", "--store", store.toString(), RUNAWAY);
            long ms = (System.nanoTime() - t0) / 1_000_000;

            assertEquals(1, status);
            assertEquals("newskg: query cancelled", err.toString(StandardCharsets.UTF_8).trim());
            assertTrue(ms < 20_000, "cancelled after " + ms + " ms");
            err.reset();
            assertEquals(0, shell.run("sparql", "--store", store.toString(), "ASK { FILTER(1 = 1) }"), err.toString());
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("true"));
        } finally {
            timer.shutdownNow();
        }
    }

    private static String runaway() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            values.append(i).append(' ');
        }
        StringBuilder q = new StringBuilder("SELECT (COUNT(*) AS ?n) WHERE {");
        for (String v : new String[] {"a", "b", "c", "d", "e"}) {
            q.append(" VALUES ?").append(v).append(" { ").append(values).append('}');
        }
        return q.append(" }").toString();
    }
}
