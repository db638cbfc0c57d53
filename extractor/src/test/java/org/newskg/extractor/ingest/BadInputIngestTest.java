package org.newskg.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.TdbStore;

/**
 * One batch holding every kind of bad input beside good pages: each bad file fails alone with a
 * one-line reason, the good pages are ingested, and the store holds exactly the good pages.
 */
class BadInputIngestTest {

    static final Path SAMPLE = Path.of("../data/corpus/000_589c182ea8fb9a5a.txt");

    @TempDir
    static Path dir;

    static IngestReport report;
    static Map<String, FileOutcome> byName;
    static Path store;

    @BeforeAll
    static void ingestABatchFullOfTrouble() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        byte[] page = Files.readAllBytes(SAMPLE);
        String text = new String(page, StandardCharsets.UTF_8);
        Files.write(batch.resolve("a_good.txt"), page);
        Files.write(batch.resolve("b_empty.txt"), new byte[0]);
        Files.write(batch.resolve("c_binary.txt"), new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0, 8, 0, 0, (byte) 0xFF, 0x7F});
        Files.write(batch.resolve("d_utf16_no_bom.txt"), text.substring(0, 500).getBytes(StandardCharsets.UTF_16LE));
        Files.write(batch.resolve("e_mixed.txt"), concat(
                text.substring(0, 300).getBytes(StandardCharsets.UTF_8),
                "\n本报讯 这一行是GB18030编码的文字。\n".getBytes(java.nio.charset.Charset.forName("GB18030"))));
        Files.writeString(batch.resolve("f_gb18030.txt"), text.substring(0, 2000), java.nio.charset.Charset.forName("GB18030"));
        writeRepeated(batch.resolve("g_one_line_10mb.txt"), text.replaceAll("\\R", ""), 10_000_000);
        writeRepeated(batch.resolve("h_200mb.txt"), text, 200_000_000);
        Files.write(batch.resolve("i_bad_manifest_line.txt"), page);
        Files.write(batch.resolve("z_vanishes.txt"), page);
        Files.writeString(batch.resolve("manifest.csv"), "file,paper,date\n"
                + "a_good.txt,内蒙古日报,2022-02-20\n"
                + "i_bad_manifest_line.txt,内蒙古日报,2022年2月20日\n");

        store = dir.resolve("store");
        try (Store s = TdbStore.open(store)) {
            report = new Ingestor(s).ingest(List.of(batch, dir.resolve("no_such_folder")), IngestOptions.none(),
                    new IngestListener() {
                        @Override
                        public void started(int files) {
                            // Listed, then gone before it is read: the run is under way. (Not tied to
                            // the order files are done in, so it holds for a parallel ingest too.)
                            try {
                                Files.delete(batch.resolve("z_vanishes.txt"));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    });
        }
        byName = report.files().stream()
                .collect(Collectors.toMap(f -> f.file().getFileName().toString(), Function.identity()));
    }

    @Test
    void goodPagesAreIngestedDespiteTheirNeighbours() {
        assertEquals(FileOutcome.Status.INGESTED, byName.get("a_good.txt").status(), byName.toString());
        assertEquals(java.time.LocalDate.of(2022, 2, 20), byName.get("a_good.txt").metadata().date(),
                "the manifest's good line still counts");
        assertEquals(FileOutcome.Status.INGESTED, byName.get("f_gb18030.txt").status(), byName.toString());
    }

    @Test
    void eachBadFileFailsWithItsOwnOneLineReason() {
        expectFailure("b_empty.txt", "empty");
        expectFailure("c_binary.txt", "binary");
        expectFailure("d_utf16_no_bom.txt", "UTF-16");
        expectFailure("e_mixed.txt", "mixes encodings");
        expectFailure("g_one_line_10mb.txt", "MB");
        expectFailure("h_200mb.txt", "200.0 MB");
        expectFailure("i_bad_manifest_line.txt", "manifest.csv line 3");
        expectFailure("z_vanishes.txt", "does not exist");
        expectFailure("no_such_folder", "does not exist");
        assertEquals(9, report.failed().size(), () -> report.failed().toString());
    }

    @Test
    void theStoreHoldsExactlyTheGoodPages() {
        try (Store s = TdbStore.open(store)) {
            QueryOutcome.Select rows = (QueryOutcome.Select) s.query(
                    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"http://newskg.org/id/graph/\")"
                    + " && ?g != <http://newskg.org/id/graph/ontology>) }"
                    + " GROUP BY ?g ORDER BY ?g");
            List<String> graphs = new java.util.ArrayList<>();
            while (rows.rows().hasNext()) {
                QuerySolution row = rows.rows().next();
                graphs.add(row.getResource("g").getURI());
                assertTrue(row.getLiteral("n").getLong() > 10);
            }
            assertEquals(2, graphs.size(), graphs::toString);
            assertTrue(graphs.get(0).endsWith("a_good.txt") && graphs.get(1).endsWith("f_gb18030.txt"), graphs::toString);
        }
    }

    @Test
    void anUnreadableFolderFailsAloneAndTheRestGoOn() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("perm"));
        Files.copy(SAMPLE, batch.resolve("page.txt"));
        Path locked = Files.createDirectories(batch.resolve("locked"));
        Files.copy(SAMPLE, locked.resolve("hidden.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // root reads any folder whatever its permissions, so there is nothing to test as root.
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions do not apply");
            try (Store s = TdbStore.open(dir.resolve("perm-store"))) {
                IngestReport r = new Ingestor(s).ingest(List.of(batch), IngestOptions.none(), IngestListener.SILENT);
                assertEquals(2, r.files().size(), r.files()::toString);
                assertEquals(1, r.count(FileOutcome.Status.INGESTED), r.files()::toString);
                FileOutcome failed = r.failed().get(0);
                assertEquals(locked, failed.file());
                assertTrue(failed.message().contains("permission denied"), failed.message());
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void expectFailure(String name, String reason) {
        FileOutcome outcome = byName.get(name);
        assertTrue(outcome != null, () -> name + " is not in the report: " + byName.keySet());
        assertEquals(FileOutcome.Status.FAILED, outcome.status(), name);
        assertTrue(outcome.message().contains(reason), () -> name + ": " + outcome.message());
        assertTrue(!outcome.message().contains("\n") && outcome.message().length() < 300, outcome.message());
        assertTrue(outcome.message().contains(name) || outcome.message().contains("manifest.csv"),
                () -> "the reason names the file: " + outcome.message());
    }

    /** Writes {@code size} bytes of the text repeated, without holding them all in memory. */
    private static void writeRepeated(Path file, String text, long size) throws IOException {
        byte[] chunk = text.repeat(Math.max(1, 1_000_000 / text.length())).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            long written = 0;
            while (written < size) {
                int n = (int) Math.min(chunk.length, size - written);
                out.write(chunk, 0, n);
                written += n;
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
