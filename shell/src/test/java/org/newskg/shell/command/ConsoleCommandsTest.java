package org.newskg.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.shell.CommandRunner;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.Session;
import org.newskg.shell.console.StoresKeptOpen;

/** describe, search, timeline, prefix and run, from the command line as a user types them, against the sample. */
class ConsoleCommandsTest {

    @TempDir
    static Path dir;

    static StoresKeptOpen stores;
    static Session session;
    static Commands commands;

    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void ingest() {
        stores = new StoresKeptOpen();
        session = new Session();
        session.defaultStore(dir.resolve("store").toString());
        commands = Commands.using(stores, session);
        Run ingest = run("ingest", "--store", dir.resolve("store").toString(), "../data/corpus");
        assertEquals(0, ingest.status(), ingest.err());
    }

    @AfterAll
    static void close() {
        stores.close();
    }

    static Run run(String... argv) {
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

    @Test
    void loadTakesExportedQuadsIntoAnotherStoreAndTwiceChangesNothing() {
        Path quads = dir.resolve("sample.nq");
        Run export = run("export", "--store", dir.resolve("store").toString(), "--format", "nquads", "--out", quads.toString());
        assertEquals(0, export.status(), export.err());
        String other = dir.resolve("loaded").toString();
        Run first = run("load", "--store", other, quads.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains(": 6 graphs loaded, 0 unchanged"), "four pages, the ontology, the inferred tenures: " + first.out());
        Run second = run("load", "--store", other, quads.toString());
        assertTrue(second.out().contains(": 2 graphs loaded, 4 unchanged"),
                "only the ontology's and the inferred tenures' graphs, which record no SHA-256: " + second.out());
        assertEquals(run("stats", "--store", dir.resolve("store").toString()).out(), run("stats", "--store", other).out());
    }

    @Test
    void loadOfNothingLoadableSaysSoInOneLine() {
        Run run = run("load", "--store", dir.resolve("empty-load").toString(), dir.resolve("no-such-folder").toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("newskg: no such folder: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void describeShowsPostsWithDates() {
        Run r = run("describe", "石泰峰");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("内蒙古自治区党委书记"), r.out());
        assertTrue(r.out().matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), r.out());
    }

    @Test
    void searchPutsTheExactAliasFirst() {
        Run r = run("search", "呼和浩特");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().skip(2).findFirst().orElseThrow().startsWith("呼和浩特市 "), r.out());
    }

    @Test
    void timelineIsInDateOrder() {
        Run r = run("timeline", "石泰峰");
        assertEquals(0, r.status(), r.err());
        List<String> dates = r.out().lines().skip(2).map(l -> l.substring(0, 10)).toList();
        assertFalse(dates.isEmpty());
        assertEquals(dates.stream().sorted().toList(), dates);
    }

    @Test
    void injectedNamesFindNothingAndSayJustThat() {
        String evil = "石泰峰\" } UNION { ?s ?p ?o } #";
        for (String command : List.of("describe", "search", "timeline")) {
            Run r = run(command, evil);
            assertEquals(1, r.status(), command + ": " + r.out() + r.err());
            assertEquals("", r.out(), command);
            assertTrue(r.err().startsWith("newskg: nothing found for"), command + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    @Test
    void prefixesDeclaredOnceServeLaterQueries() {
        Run declare = run("prefix", "p:", "<http://newskg.org/id/person/>");
        assertEquals(0, declare.status(), declare.err());
        Run query = run("sparql", "--format", "tsv", "SELECT ?n WHERE { p:石泰峰 schema:name ?n }");
        assertEquals(0, query.status(), query.err());
        assertEquals("\"石泰峰\"", query.out().lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void tablesShowPlainLiteralsRowCountAndTimeAndHonourTheLimit() {
        Run r = run("sparql", "--limit", "2", "SELECT ?l WHERE { ?p a schema:Person ; rdfs:label ?l }");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.out().contains("@zh"), r.out());
        assertEquals(4, r.out().lines().count(), r.out());
        assertTrue(r.err().matches("(?s)\\d+ rows \\(2 shown; --limit 0 shows all\\) in \\d+\\.\\d{3} s\\s*"), r.err());
    }

    @Test
    void aScriptRunsEveryKindOfCommandLineByLine() throws Exception {
        Path script = dir.resolve("report.nkg");
        Files.writeString(script, String.join("\n",
                "# who is 石泰峰?",
                "describe 石泰峰",
                "PREFIX p: <http://newskg.org/id/person/>",
                "SELECT ?title WHERE {",
                "  p:石泰峰 org:holds/rdfs:label ?title . # a comment with } and \"",
                "} ORDER BY ?title",
                "search --limit 1 呼和浩特",
                "timeline 石泰峰",
                "stats",
                ""));
        Run r = run("run", script.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("内蒙古自治区人大常委会主任"), r.out());
        assertTrue(r.out().contains("persons"), r.out());

        Files.writeString(script, "describe nobody-at-all\nstats\n");
        Run failing = run("run", script.toString());
        assertEquals(1, failing.status());
        assertTrue(failing.err().contains(":1: stopped"), failing.err());
        assertFalse(failing.out().contains("persons"), failing.out());
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        for (var command : commands.all()) {
            Run r = run(command.spec().name(), "--help");
            assertEquals(0, r.status(), command.spec().name());
            assertTrue(r.out().contains("Example"), command.spec().name() + ": " + r.out());
        }
    }
}
