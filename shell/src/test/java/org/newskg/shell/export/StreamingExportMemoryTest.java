package org.newskg.shell.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.graph.SubgraphRequest;
import org.newskg.extractor.store.TdbStore;
import org.newskg.shell.format.ExportFormat;

/**
 * Whole-store exports stream: a child JVM whose heap is too small to hold the store's triples
 * (shown by the same JVM failing to write pretty Turtle, which copies them into memory) still
 * exports 500,000 quads as N-Quads, N-Triples, Turtle and TriG.
 */
class StreamingExportMemoryTest {

    private static final int GRAPHS = 50;
    private static final int PER_GRAPH = 10_000;
    /** Neighbouring graphs share 1,000 triples, so the union has fewer triples than the store has quads. */
    private static final int STEP = 9_000;
    private static final long QUADS = (long) GRAPHS * PER_GRAPH;
    private static final long DISTINCT_TRIPLES = (long) (GRAPHS - 1) * STEP + PER_GRAPH;
    private static final String HEAP = "-Xmx40m";

    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void fill() {
        long t0 = System.nanoTime();
        store = dir.resolve("store");
        try (TdbStore tdb = TdbStore.open(store)) {
            for (int g = 0; g < GRAPHS; g++) {
                Graph graph = GraphFactory.createDefaultGraph();
                for (int t = 0; t < PER_GRAPH; t++) {
                    long x = (long) g * STEP + t;
                    // A small vocabulary (a few thousand nodes): the store's node cache stays small,
                    // and what is measured is the export's own memory, which grows with the triples.
                    graph.add(NodeFactory.createURI("http://example.org/s" + (x / 100)),
                            NodeFactory.createURI("http://example.org/p" + (x % 100 / 10)),
                            NodeFactory.createLiteralString("o" + (x % 10)));
                }
                tdb.replaceGraph("http://example.org/graph/" + g, graph);
            }
        }
        System.out.printf("filled the store with %,d quads in %d ms%n", QUADS, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    }

    @Test
    void exportsOfAStoreTooBigForTheHeapStream() throws Exception {
        Result control = child("control");
        assertEquals(3, control.status, "pretty Turtle copies the store into memory, so " + HEAP
                + " must be too small for it; else this test proves nothing:\n" + control.output);

        Result run = child("stream");
        assertEquals(0, run.status, run.output);
        assertTrue(run.output.contains("nquads lines=" + QUADS + " "), run.output);
        assertTrue(run.output.contains("ntriples lines=" + DISTINCT_TRIPLES + " "), "each union triple once:\n" + run.output);
        assertTrue(run.output.contains("exported 400,000 quads"), "progress on stderr:\n" + run.output);
        assertTrue(run.output.contains("exported 400,000 triples"), run.output);
        assertTrue(run.output.contains("turtle lines="), run.output);
        assertTrue(run.output.contains("trig lines="), run.output);
        System.out.println(control.output.strip() + "\n" + run.output);
    }

    private record Result(int status, String output) {
    }

    private static Result child(String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", classpath(), Child.class.getName(), mode, store.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("NEWSKG_LOG_LEVEL", "WARN");
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Surefire puts the real classpath here; java.class.path may be only its booter jar. */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** The child: exports the store in each streaming format, counting what it would have written. */
    public static final class Child {

        public static void main(String[] args) throws IOException {
            try (TdbStore tdb = TdbStore.open(Path.of(args[1]))) {
                if (args[0].equals("control")) {
                    try {
                        tdb.export(RDFFormat.TURTLE_PRETTY, null, new Counting());
                        System.out.println("control finished: the heap held the whole store");
                        System.exit(0);
                    } catch (OutOfMemoryError e) {
                        System.out.println("control: " + e);
                        System.exit(3);
                    }
                }
                GraphExporter exporter = new GraphExporter(tdb, System.out);
                for (ExportFormat format : List.of(ExportFormat.NQUADS, ExportFormat.NTRIPLES, ExportFormat.TURTLE, ExportFormat.TRIG)) {
                    Counting out = new Counting();
                    long t0 = System.nanoTime();
                    String what = exporter.export(SubgraphRequest.wholeStore(), format, out);
                    System.out.printf("%s lines=%d bytes=%d ms=%d peakHeapMB=%d (%s)%n", format.optionValue(), out.lines,
                            out.bytes, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), peakHeapMb(), what);
                }
            }
            System.exit(0);
        }

        private static long peakHeapMb() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return peak >> 20;
        }
    }

    /** Discards what is written, counting bytes and lines. */
    static final class Counting extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
