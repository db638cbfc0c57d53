package org.newskg.shell.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.ingest.FileOutcome;
import org.newskg.extractor.source.SourceMetadata;

/** Progress a person can read at 100,000 sources: one line, failures always named, per-source lines on request. */
class IngestProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static FileOutcome ingested(String name) {
        return new FileOutcome(Path.of("corpus", name), 0, FileOutcome.Status.INGESTED, null,
                new SourceMetadata("青山日报", LocalDate.of(2024, 4, 2), SourceMetadata.Basis.MANIFEST, SourceMetadata.Basis.TEXT), 3, 120);
    }

    private static FileOutcome failedRecord() {
        return new FileOutcome(Path.of("corpus", "news.jsonl"), 7, FileOutcome.Status.FAILED,
                "news.jsonl line 7: no text; give the article in a field or column named text", null, 0, 0);
    }

    private void seconds(double s) {
        clock.addAndGet((long) (s * 1e9));
    }

    @Test
    void aLogGetsAStatusLineEveryFewSecondsAndEveryFailureByName() {
        IngestProgress progress = new IngestProgress(err, IngestProgress.Style.LOG, false, clock::get);
        progress.started(100_000);
        for (int i = 0; i < 10; i++) {
            seconds(1);
            progress.fileDone(ingested("p" + i + ".txt"));
        }
        progress.fileDone(failedRecord());
        progress.committed(11, 1_200, 50L << 20);
        String[] lines = shown().split("\n");
        assertEquals(3, lines.length, shown());
        assertTrue(lines[0].startsWith("5/100,000 sources  15 articles  3.0 articles/s"), lines[0]);
        assertTrue(lines[0].contains("left"), lines[0]);
        assertTrue(lines[1].startsWith("10/100,000 sources"), lines[1]);
        assertEquals("FAILED news.jsonl line 7: no text; give the article in a field or column named text", lines[2]);
        assertFalse(shown().contains("p3.txt"), "no line per source without --verbose");
        seconds(1);
        progress.finish();
        assertTrue(shown().endsWith("11/100,000 sources  30 articles  2.7 articles/s  1 failed  27h46m left  store 50.0 MiB\n"), shown());
    }

    @Test
    void aTerminalGetsOneLineRedrawnInPlace() {
        IngestProgress progress = new IngestProgress(err, IngestProgress.Style.LIVE, false, clock::get);
        progress.started(3);
        seconds(1);
        progress.fileDone(ingested("a.txt"));
        seconds(1);
        progress.fileDone(failedRecord());
        seconds(1);
        progress.fileDone(ingested("b.txt"));
        progress.finish();
        String out = shown();
        assertTrue(out.startsWith("\r1/3 sources"), out);
        assertEquals(2, out.split("\n").length, "the failure on a line of its own, and the closed status line: " + out);
        assertTrue(out.contains("\r\u001B[KFAILED news.jsonl line 7"), out);
        assertTrue(out.endsWith("\r3/3 sources  6 articles  2.0 articles/s  1 failed\u001B[K\n"), out);
    }

    @Test
    void verboseAddsALinePerSourceAndTheBackgroundShowsOnlyFailures() {
        IngestProgress verbose = new IngestProgress(err, IngestProgress.Style.LOG, true, clock::get);
        verbose.started(2);
        verbose.fileDone(ingested("a.txt"));
        verbose.fileDone(failedRecord());
        assertEquals("[1/2] a.txt  青山日报 (manifest) 2024-04-02 (text)  3 articles  120 triples\n"
                + "FAILED news.jsonl line 7: no text; give the article in a field or column named text\n", shown());

        bytes.reset();
        IngestProgress quiet = new IngestProgress(err, IngestProgress.Style.QUIET, false, clock::get);
        quiet.started(2);
        seconds(10);
        quiet.fileDone(ingested("a.txt"));
        quiet.fileDone(failedRecord());
        quiet.finish();
        assertEquals("FAILED news.jsonl line 7: no text; give the article in a field or column named text\n", shown());
    }
}
