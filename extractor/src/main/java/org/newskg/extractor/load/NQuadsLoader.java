package org.newskg.extractor.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newskg.extractor.ExtractorVersion;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.inference.TenureInference;
import org.newskg.extractor.rdf.OntologyGraph;
import org.newskg.extractor.store.GraphBatchWriter;
import org.newskg.extractor.store.Store;
import org.newskg.ontology.Nkg;

/**
 * Loads the N-Quads an extraction job wrote ({@code DIR/nquads/part-*.gz}, or any {@code *.nq}
 * / {@code *.nq.gz} under DIR) into a store, in batches of whole graphs. A graph the store
 * already holds with the SHA-256 and extractor version its quads record is skipped, so loading
 * twice changes nothing and a run that was killed resumes by source, as ingest does. The job's
 * manifest ({@code DIR/manifest/part-*}) supplies the sources that failed, for the report.
 */
public final class NQuadsLoader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NQuadsLoader.class);

    /** Quads per batch: large enough for the bulk loader to pay off, small enough for a modest heap. */
    public static final int DEFAULT_BATCH_QUADS = 200_000;

    private static final List<String> SKIP_PROPERTIES = List.of(Nkg.sha256.getURI(), Nkg.extractorVersion.getURI());

    private final Store store;
    private final int batchQuads;

    public NQuadsLoader(Store store) {
        this(store, DEFAULT_BATCH_QUADS);
    }

    public NQuadsLoader(Store store, int batchQuads) {
        this.store = store;
        this.batchQuads = batchQuads;
    }

    public LoadReport load(Path dir) {
        long t0 = System.nanoTime();
        List<Path> parts = quadFiles(dir);
        if (parts.isEmpty()) {
            throw new UserInputException("no N-Quads under " + dir + " (nquads/part-*.gz, *.nq or *.nq.gz)");
        }
        List<ExtractedSource> failed = manifest(dir).stream().filter(r -> r.status() == ExtractedSource.Status.FAILED).toList();
        OntologyGraph.installInto(store);
        Batches batches;
        try (GraphBatchWriter writer = GraphBatchWriter.forStore(store)) {
            batches = new Batches(writer);
            for (Path part : parts) {
                try (InputStream in = open(part)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(batches);
                } catch (RiotException e) {
                    throw new UserInputException(part + " is not valid N-Quads: " + e.getMessage(), e);
                } catch (IOException e) {
                    throw new UserInputException("cannot read " + part + ": " + e.getMessage(), e);
                }
            }
            batches.flush();
        }
        if (!batches.loaded.isEmpty()) {
            // As ingest does after writing sources: tenures across sources are a store-level graph, rebuilt whole.
            try {
                new TenureInference().refresh(store);
            } catch (RuntimeException e) {
                LOG.error("inferring tenures across sources failed: {}", e.getMessage());
            }
        }
        return new LoadReport(batches.loaded.size(), batches.unchanged.size(), batches.written, failed,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Groups the stream's quads by graph into batches and writes each batch whole. */
    private final class Batches extends StreamRDFBase {

        private final GraphBatchWriter writer;
        private final Map<String, List<Quad>> batch = new LinkedHashMap<>();
        private final Set<String> loaded = new HashSet<>();
        private final Set<String> unchanged = new HashSet<>();
        private int inBatch;
        private long written;

        Batches(GraphBatchWriter writer) {
            this.writer = writer;
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                throw new UserInputException("a quad without a named graph (" + quad.getSubject() + " …): NewsKG keeps one graph per source");
            }
            batch.computeIfAbsent(quad.getGraph().getURI(), g -> new ArrayList<>()).add(quad);
            if (++inBatch >= batchQuads) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            Map<String, List<Quad>> toWrite = new LinkedHashMap<>();
            Set<String> adding = new HashSet<>();
            batch.forEach((graph, quads) -> {
                if (loaded.contains(graph)) {
                    adding.add(graph);
                    toWrite.put(graph, quads);
                } else if (unchanged.contains(graph) || isStored(graph, quads)) {
                    unchanged.add(graph);
                } else {
                    toWrite.put(graph, quads);
                }
            });
            if (!toWrite.isEmpty()) {
                writer.write(toWrite, adding);
                loaded.addAll(toWrite.keySet());
                written += toWrite.values().stream().mapToLong(List::size).sum();
            }
            batch.clear();
            inBatch = 0;
        }

        /** Whether the store holds this graph from the same bytes and extractor version. */
        private boolean isStored(String graph, List<Quad> quads) {
            String sha = literal(quads, Nkg.sha256.getURI());
            String version = literal(quads, Nkg.extractorVersion.getURI());
            if (sha == null) {
                return false;
            }
            Map<String, String> recorded = store.sourceProperties(graph, SKIP_PROPERTIES);
            return sha.equals(recorded.get(Nkg.sha256.getURI()))
                    && (version == null ? ExtractorVersion.VALUE : version).equals(recorded.get(Nkg.extractorVersion.getURI()));
        }
    }

    private static String literal(List<Quad> quads, String predicate) {
        for (Quad q : quads) {
            Node p = q.getPredicate();
            if (p.isURI() && p.getURI().equals(predicate) && q.getObject().isLiteral()) {
                return q.getObject().getLiteralLexicalForm();
            }
        }
        return null;
    }

    /** The job's {@code nquads/part-*} files, else every {@code *.nq}/{@code *.nq.gz} under DIR, in name order. */
    static List<Path> quadFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            if (Files.isRegularFile(dir)) {
                return List.of(dir);
            }
            throw new UserInputException("no such folder: " + dir);
        }
        Path jobParts = dir.resolve("nquads");
        try (Stream<Path> files = Files.isDirectory(jobParts)
                ? Files.list(jobParts).filter(p -> p.getFileName().toString().startsWith("part-"))
                : Files.walk(dir).filter(p -> p.getFileName().toString().matches(".*\\.nq(\\.gz)?"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job's manifest lines, or none when DIR has no manifest. */
    public static List<ExtractedSource> manifest(Path dir) {
        Path manifest = dir.resolve("manifest");
        if (!Files.isDirectory(manifest)) {
            return List.of();
        }
        List<ExtractedSource> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(manifest)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(part), StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (!line.isBlank()) {
                            rows.add(ExtractedSource.parse(line));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UserInputException("cannot read the manifest in " + manifest + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
