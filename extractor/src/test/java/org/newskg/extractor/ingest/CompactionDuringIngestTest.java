package org.newskg.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.store.Compaction;
import org.newskg.extractor.store.TdbStore;

/**
 * A long ingest compacts the store between files when it has grown past its limit (here a few
 * bytes, so that the four sample pages trigger it), and the store it leaves holds exactly what an
 * ingest without compaction leaves, in one generation of files.
 */
class CompactionDuringIngestTest {

    @Test
    void compactingBetweenFilesKeepsEveryQuadAndReclaimsTheSpace(@TempDir Path dir) throws Exception {
        List<Compaction> heard = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void compacted(Compaction compaction) {
                heard.add(compaction);
            }
        };
        IngestReport compacted;
        String withCompaction;
        long sizeWith;
        try (TdbStore store = TdbStore.open(dir.resolve("compacted"))) {
            compacted = new Ingestor(store).withThreads(1)
                    .ingest(List.of(IngestEndToEndTest.CORPUS), IngestOptions.none().withCompactAbove(1), listener);
            withCompaction = sortedQuads(store);
            sizeWith = store.sizeOnDisk();
        }
        String without;
        long sizeWithout;
        try (TdbStore store = TdbStore.open(dir.resolve("plain"))) {
            IngestReport plain = new Ingestor(store).withThreads(1)
                    .ingest(List.of(IngestEndToEndTest.CORPUS), IngestOptions.none().withCompactAbove(0), IngestListener.SILENT);
            assertTrue(plain.compactions().isEmpty(), "0 never compacts");
            without = sortedQuads(store);
            sizeWithout = store.sizeOnDisk();
        }

        assertTrue(compacted.failed().isEmpty(), () -> "failures: " + compacted.failed());
        assertFalse(compacted.compactions().isEmpty(), "a store over its limit is compacted during the run");
        assertEquals(compacted.compactions(), heard, "the listener hears of every compaction");
        assertTrue(compacted.compactions().size() < compacted.files().size(),
                "after a compaction the store must double before the next one: " + compacted.compactions());
        assertEquals(without, withCompaction, "compacting loses and duplicates nothing");
        // TDB2 lays files out in 8 MB segments, so a store this small shows no saving in file sizes;
        // the 100,000-article run in README.md shows it at scale.
        assertTrue(sizeWith <= sizeWithout, () -> "compacted store " + sizeWith + " bytes, uncompacted " + sizeWithout);
        assertEquals(1, dataGenerations(dir.resolve("compacted")), "the old generations are deleted");
    }

    private static String sortedQuads(TdbStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(RDFFormat.NQUADS, null, out);
        List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        lines.sort(null);
        return String.join("\n", lines);
    }

    private static long dataGenerations(Path store) throws Exception {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("Data-")).count();
        }
    }
}
