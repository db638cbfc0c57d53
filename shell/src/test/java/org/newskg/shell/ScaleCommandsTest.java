package org.newskg.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest --threads and compact, as a user runs them. */
class ScaleCommandsTest {

    private static final Path CORPUS = Path.of("..", "data", "corpus");

    @TempDir
    Path dir;

    @Test
    void ingestOnTwoThreadsThenCompact() {
        String store = dir.resolve("store").toString();
        RunResult ingest = RunResult.of("ingest", "--verbose", "--threads", "2", "--store", store, CORPUS.toString());
        assertEquals(0, ingest.status(), ingest.err());
        assertTrue(ingest.out().startsWith("4 files, "), ingest.out());
        int first = ingest.err().indexOf("[1/4] 000_");
        int last = ingest.err().indexOf("[4/4] 003_");
        assertTrue(first >= 0 && last > first, "progress in file order: " + ingest.err());

        RunResult compact = RunResult.of("compact", "--store", store);
        assertEquals(0, compact.status(), compact.err());
        assertTrue(compact.out().matches("(?s).* before, .* after \\(.* reclaimed\\).*"), compact.out());

        RunResult persons = RunResult.of("sparql", "--store", store, "--format", "csv",
                "SELECT ?name WHERE { ?p schema:name ?name FILTER(?name = \"石泰峰\") }");
        assertTrue(persons.out().contains("石泰峰"), "the data survives compaction: " + persons.out());
    }

    @Test
    void threadsMustBeAPositiveNumber() {
        RunResult run = RunResult.of("ingest", "--threads", "0", "--store", dir.resolve("s").toString(), CORPUS.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("--threads must be a whole number of at least 1"), run.err());
    }
}
