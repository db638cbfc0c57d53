package org.newskg.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("store").toString();
    }

    @Test
    void queryWithQuotedSpacesReachesTheStoreVerbatim() {
        // Spring Shell's runner turned this into ?s ?p a b, which Jena rejects.
        RunResult run = RunResult.of("sparql", "--store", store(), "SELECT ?s WHERE { ?s ?p \"a b\" }");

        assertEquals(0, run.status(), run.err());
        assertEquals("s", run.out().lines().findFirst().orElseThrow().trim());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a b", "it's", "say \"hi\"", "{ braces }", "# not a comment", "? what", "呼和浩特市 'x' \"y\" {#?}"})
    void everyCharacterOfTheQueryArrives(String text) {
        String literal = text.replace("\\", "\\\\").replace("\"", "\\\"");
        String query = "SELECT ?v WHERE { BIND(\"" + literal + "\" AS ?v) } # trailing comment with ' and \"";

        RunResult run = RunResult.of("sparql", "--store", store(), "--format", "tsv", query);

        assertEquals(0, run.status(), run.err());
        String expected = "\"" + literal + "\"";
        assertEquals(expected, run.out().lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void queryOptionWorksLikeTheArgument() {
        RunResult run = RunResult.of("sparql", "--store", store(), "--format", "csv",
                "--query", "SELECT ?v WHERE { BIND('x y' AS ?v) }");

        assertEquals(0, run.status(), run.err());
        assertEquals("v\r\nx y\r\n", run.out());
    }

    @Test
    void askPrintsTrueOrFalse() {
        RunResult run = RunResult.of("sparql", "--store", store(), "ASK { FILTER(1 = 2) }");

        assertEquals(0, run.status(), run.err());
        assertEquals("false", run.out().trim());
    }

    @Test
    void unknownCommandIsOneLineWithAHint() {
        RunResult run = RunResult.of("frobnicate", "--store", store());

        assertEquals(2, run.status());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().startsWith("newskg: unknown command 'frobnicate'"), run.err());
        assertTrue(run.err().contains("--help"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void unknownOptionIsOneLineWithTheCommandsHelp() {
        RunResult run = RunResult.of("stats", "--stroe", store());

        assertEquals(2, run.status());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().contains("newskg stats --help"), run.err());
    }

    @Test
    void malformedQueryIsOneLineWithoutStackTrace() {
        RunResult run = RunResult.of("sparql", "--store", store(), "SELECT ?s WHERE { ?s ?p ");

        assertEquals(1, run.status());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().startsWith("newskg: malformed SPARQL"), run.err());
        assertTrue(run.err().contains("line 1"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void debugShowsTheStackTrace() {
        RunResult run = RunResult.of("--debug", "sparql", "--store", store(), "SELECT ?s WHERE { ?s ?p ");

        assertEquals(1, run.status());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void helpListsCommandsWithAnExample() {
        RunResult run = RunResult.of("--help");

        assertEquals(0, run.status());
        assertTrue(run.out().contains("sparql"));
        assertTrue(run.out().contains("Example"));
        assertEquals("", run.err());
    }

    @Test
    void commandHelpShowsOptionsAndAnExample() {
        RunResult run = RunResult.of("export", "--help");

        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("usage: newskg export"));
        assertTrue(run.out().contains("--format turtle|ntriples|nquads|trig|jsonld|rdfxml"));
        assertTrue(run.out().contains("Example"));
    }

    @Test
    void exportWritesTheFileAndStatsCounts() throws Exception {
        Path out = dir.resolve("graph.nt");

        RunResult export = RunResult.of("export", "--store", store(), "--format", "ntriples", "--out", out.toString());
        RunResult stats = RunResult.of("stats", "--store", store());

        assertEquals(0, export.status(), export.err());
        assertTrue(Files.exists(out));
        assertEquals("", export.out());
        assertEquals(0, stats.status(), stats.err());
        assertTrue(stats.out().contains("triples"), stats.out());
    }

    @Test
    void exportWithoutFormatIsAUsageError() {
        RunResult run = RunResult.of("export", "--store", store(), "--out", dir.resolve("x.ttl").toString());

        assertEquals(2, run.status());
        assertTrue(run.err().contains("missing --format"), run.err());
    }
}
