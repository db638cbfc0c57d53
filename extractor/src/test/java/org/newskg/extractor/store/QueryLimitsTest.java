package org.newskg.extractor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.UserInputException;

/** Malformed queries say where they go wrong; runaway queries stop on time or on request. */
class QueryLimitsTest {

    /** Ten billion rows: it would run for hours, and needs no data. */
    static final String RUNAWAY;

    static {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            values.append(i).append(' ');
        }
        StringBuilder q = new StringBuilder("SELECT (COUNT(*) AS ?n) WHERE {");
        for (String v : new String[] {"a", "b", "c", "d", "e"}) {
            q.append(" VALUES ?").append(v).append(" { ").append(values).append('}');
        }
        RUNAWAY = q.append(" }").toString();
    }

    @TempDir
    static Path dir;

    static TdbStore store;

    @BeforeAll
    static void open() {
        store = TdbStore.open(dir.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void malformedQueryNamesLineAndColumnOnOneLine() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> store.query("SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }"));
        assertTrue(e.getMessage().startsWith("malformed SPARQL at line 4, column "), e.getMessage());
        assertTrue(e.getMessage().contains("Encountered"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n") && e.getMessage().length() < 400, e.getMessage());
    }

    @Test
    void lexicalErrorNamesTheCharacterNotItsCode() {
        UserInputException e = assertThrows(UserInputException.class, () -> store.query("SELEKT * WHERE {}"));
        assertEquals("malformed SPARQL at line 1, column 7: unexpected a space after prefix \"SELEKT\"", e.getMessage());
    }

    @Test
    void unknownPrefixIsAParseErrorWithItsPlace() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> store.query("SELECT * WHERE { ?s foo:bar ?o }"));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("foo"), e.getMessage());
    }

    @Test
    void aQueryStopsAtItsTimeout() {
        long t0 = System.nanoTime();
        UserInputException e = assertThrows(UserInputException.class,
                () -> store.query(RUNAWAY, QueryControl.withTimeout(Duration.ofMillis(500))));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(e.getMessage().startsWith("query timed out after 0.5 s"), e.getMessage());
        // The library names what to change; the console turns it into its --timeout option.
        assertEquals(java.util.Optional.of(org.newskg.extractor.Remedy.MORE_QUERY_TIME), e.remedy(), e.getMessage());
        assertTrue(ms < 10_000, "stopped after " + ms + " ms");
    }

    @Test
    void cancellingFromAnotherThreadStopsTheQuery() throws Exception {
        QueryControl control = QueryControl.withTimeout(Duration.ofMinutes(10));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(control::cancel, 300, TimeUnit.MILLISECONDS);
            long t0 = System.nanoTime();
            UserInputException e = assertThrows(UserInputException.class, () -> store.query(RUNAWAY, control));
            assertEquals("query cancelled", e.getMessage());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 10_000);
        } finally {
            timer.shutdownNow();
        }
        // The store is still usable afterwards.
        assertTrue(((QueryOutcome.Ask) store.query("ASK { FILTER(1 = 1) }")).answer());
    }
}
