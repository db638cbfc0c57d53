package org.newskg.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample corpus through every command, as a user would run them one after another. */
class EndToEndTest {

    private static final Path CORPUS = Path.of("..", "data", "corpus");

    @TempDir
    Path dir;

    @Test
    void ingestThenQueryExportAndCount() throws Exception {
        String store = dir.resolve("store").toString();

        RunResult ingest = RunResult.of("ingest", "--verbose", "--store", store, CORPUS.toString());
        assertEquals(0, ingest.status(), ingest.err());
        assertTrue(ingest.err().contains("000_589c182ea8fb9a5a.txt"), "progress names each file: " + ingest.err());
        assertTrue(ingest.out().startsWith("4 files, "), "the summary is the result: " + ingest.out());
        assertTrue(ingest.out().contains("articles") && ingest.out().contains("persons"), ingest.out());

        RunResult again = RunResult.of("ingest", "--verbose", "--store", store, CORPUS.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().contains("unchanged"), again.err());

        RunResult persons = RunResult.of("sparql", "--store", store, "--format", "csv",
                "SELECT ?name ?title WHERE { ?p schema:name ?name ; org:holds/rdfs:label ?title FILTER(?name = \"石泰峰\") }");
        assertEquals(0, persons.status(), persons.err());
        assertTrue(persons.out().startsWith("name,title"), "standard SPARQL CSV header: " + persons.out());
        assertTrue(persons.out().contains("石泰峰,内蒙古自治区党委书记"), persons.out());

        Path out = dir.resolve("graph.nq");
        RunResult export = RunResult.of("export", "--store", store, "--format", "nquads", "--out", out.toString());
        assertEquals(0, export.status(), export.err());
        assertTrue(Files.size(out) > 0);

        RunResult stats = RunResult.of("stats", "--store", store);
        assertEquals(0, stats.status(), stats.err());
        assertTrue(stats.out().contains("persons"), stats.out());
    }

    @Test
    void aMissingFileFailsTheRun() {
        RunResult run = RunResult.of("ingest", "--store", dir.resolve("store").toString(), dir.resolve("nope.txt").toString());

        assertEquals(1, run.status());
        assertTrue(run.err().contains("nope.txt") && run.err().contains("FAILED"), "the failure names the file: " + run.err());
        assertTrue(run.out().contains("1 FAILED"), "the summary counts it: " + run.out());
    }
}
