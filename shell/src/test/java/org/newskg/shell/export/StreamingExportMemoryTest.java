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

    /**
     * Graph-tool formats of a whole store are built from the store streamed twice, not from a copy
     * of its quads: GraphML of the 500,000 quads fits in a 64 MB heap (a quarter of the 256 MB
     * promised), where copying them first (the selection path a part of the store takes) does not.
     */
    @Test
    void graphMlOfAWholeStoreFitsInASmallHeap() throws Exception {
        Result control = child("graphml-copy", GRAPH_HEAP);
        System.out.println(control.output.strip());
        Result run = child("graphml", GRAPH_HEAP);
        assertEquals(0, run.status, run.output);
        // Every subject is a node: s0 … s(last), each with its ten attributes.
        assertTrue(run.output.contains("graphml nodes=" + (DISTINCT_TRIPLES / 100) + " "), run.output);
        System.out.println(run.output.strip());
        assertEquals(3, control.status, "copying the store's quads must not fit in " + GRAPH_HEAP
                + ", else this test proves nothing:\n" + control.output);
    }

    private static final String GRAPH_HEAP = "-Xmx64m";

    private record Result(int status, String output) {
    }

    private static Result child(String mode) throws IOException, InterruptedException {
        return child(mode, HEAP);
    }

    private static Result child(String mode, String heap) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", classpath(), Child.class.getName(), mode, store.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("NEWSKG_LOG_LEVEL", "WARN");
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
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
                if (args[0].startsWith("graphml")) {
                    graphMl(tdb, args[0].equals("graphml-copy"));
                }
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

        /** GraphML of the whole store, built from a stream, or (the control) from a copy of every quad. */
        private static void graphMl(TdbStore tdb, boolean copy) throws IOException {
            Counting out = new Counting();
            long t0 = System.nanoTime();
            try {
                PropertyGraph graph = copy
                        ? new PropertyGraphBuilder().build(new org.newskg.extractor.graph.SubgraphSelector(tdb).select(SubgraphRequest.wholeStore()))
                        : new PropertyGraphBuilder().build(new StoreQuadStream(tdb));
                new GraphMlWriter().write(graph, out);
                System.out.printf("graphml nodes=%d edges=%d bytes=%d ms=%d peakHeapMB=%d (%s)%n", graph.nodes().size(),
                        graph.edges().size(), out.bytes, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), peakHeapMb(),
                        copy ? "copied first" : "streamed");
            } catch (OutOfMemoryError e) {
                System.out.println("graphml " + (copy ? "copied first" : "streamed") + ": " + e);
                System.exit(3);
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
