package org.newskg.extractor.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.ExtractorVersion;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.entity.Iris;
import org.newskg.extractor.fact.DocumentFacts;
import org.newskg.extractor.rdf.DocumentGraphBuilder;
import org.newskg.extractor.rdf.OntologyGraph;
import org.newskg.extractor.source.MetadataResolver;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.source.SourceReader;
import org.newskg.extractor.store.ContractTypes;
import org.newskg.extractor.store.Store;
import org.newskg.ontology.Nkg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files into a store: each file is read, extracted and written as its own named graph in
 * one transaction. A file whose bytes and extractor version match what the store recorded is
 * skipped, so running the same ingest twice changes nothing, and a run that was interrupted
 * resumes where it stopped; a changed file replaces its graph. One bad file is reported and the
 * rest go on.
 *
 * <p>Files are read and extracted on worker threads; the calling thread alone writes to the
 * store, in the order the files were listed, so progress and the report read the same whatever
 * the number of threads. At most a few files per worker are in flight between the two, so memory
 * does not grow with the corpus.
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private static final Map<String, String> COUNTED_TYPES = ContractTypes.ENTITIES;

    /** Files extracted ahead of the writer, per worker: enough to keep workers busy while it commits. */
    private static final int AHEAD_PER_WORKER = 4;
    private static final int MIN_AHEAD = 16;

    private static final List<String> SKIP_PROPERTIES = List.of(Nkg.sha256.getURI(), Nkg.extractorVersion.getURI());

    private final Store store;
    private final Extractor extractor;
    private final int threads;
    private final DocumentGraphBuilder graphs = new DocumentGraphBuilder();
    private final SourceReader reader = new SourceReader();

    public Ingestor(Store store) {
        this(store, Extractor.standard());
    }

    public Ingestor(Store store, Extractor extractor) {
        this(store, extractor, defaultThreads());
    }

    private Ingestor(Store store, Extractor extractor, int threads) {
        this.store = store;
        this.extractor = extractor;
        this.threads = threads;
    }

    /** One extraction worker per processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The same ingestor with {@code n} extraction workers (the store is still written by one thread). */
    public Ingestor withThreads(int n) {
        if (n < 1) {
            throw new UserInputException("the number of threads must be at least 1, not " + n);
        }
        return new Ingestor(store, extractor, n);
    }

    public int threads() {
        return threads;
    }

    public IngestReport ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
        long t0 = System.nanoTime();
        List<Path> files = SourceFiles.expand(paths);
        listener.started(files.size());
        OntologyGraph.installInto(store);
        MetadataResolver metadata = new MetadataResolver(options.paper(), options.date());
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        Map<String, Set<String>> seen = new HashMap<>();
        long triples = 0;
        StoreCompactor compactor = new StoreCompactor(store, CompactionPolicy.above(options.compactAboveBytes()), listener);
        ExecutorService workers = Executors.newFixedThreadPool(threads, workerThreads());
        try {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < Math.max(MIN_AHEAD, threads * AHEAD_PER_WORKER)) {
                    Path file = next.next();
                    ahead.add(workers.submit(() -> prepare(file, metadata)));
                }
                FileOutcome outcome = write(awaitNext(ahead), seen);
                triples += outcome.triples();
                outcomes.add(outcome);
                listener.fileDone(outcome);
                if (outcome.status() == FileOutcome.Status.INGESTED) {
                    compactor.afterWrite();
                }
            }
        } finally {
            workers.shutdownNow();
        }
        if (outcomes.stream().anyMatch(o -> o.status() == FileOutcome.Status.INGESTED)
                || !org.newskg.extractor.inference.TenureInference.isPresent(store)) {
            // Tenures across files: a store-level step, replaced whole, so an unchanged batch writes nothing.
            // A store failing now fails no file: the next run that writes one infers again.
            try {
                new org.newskg.extractor.inference.TenureInference().refresh(store);
            } catch (RuntimeException e) {
                LOG.warn("tenures not inferred this time ({}); the next ingest that writes a file infers them", e.getMessage());
            }
        }
        Map<String, Long> byType = new java.util.LinkedHashMap<>();
        COUNTED_TYPES.keySet().forEach(type -> byType.put(type, (long) seen.getOrDefault(type, Set.of()).size()));
        return new IngestReport(outcomes, byType, triples, Duration.ofNanos(System.nanoTime() - t0), compactor.done());
    }

    /**
     * What a worker hands the writer for one file: either the finished outcome (unchanged or
     * failed) or the graph to write, with the typed nodes it holds for the summary.
     */
    private record Prepared(Path file, FileOutcome done, String graphIri, Graph graph, DocumentFacts facts,
                            Map<String, Set<String>> typed) {
    }

    private static Prepared finished(FileOutcome outcome) {
        return new Prepared(outcome.file(), outcome, null, null, null, null);
    }

    private Prepared prepare(Path file, MetadataResolver metadata) {
        try {
            Source source = metadata.resolve(file, reader.read(file, SourceMetadata.unknown()));
            String graphIri = Iris.sourceGraph(source.name());
            if (unchanged(graphIri, source)) {
                return finished(new FileOutcome(file, FileOutcome.Status.UNCHANGED, null, source.metadata(), 0, 0));
            }
            DocumentFacts facts = extractor.extract(source);
            Graph graph = graphs.build(facts);
            return new Prepared(file, null, graphIri, graph, facts, typedNodes(graph));
        } catch (UserInputException e) {
            return finished(FileOutcome.failed(file, e.getMessage()));
        } catch (RuntimeException e) {
            return finished(internalError(file, e));
        }
    }

    /** One read of the store per file: the recorded hash and extractor version together. */
    private boolean unchanged(String graphIri, Source source) {
        Map<String, String> recorded = store.sourceProperties(graphIri, SKIP_PROPERTIES);
        return source.sha256().equals(recorded.get(Nkg.sha256.getURI()))
                && ExtractorVersion.VALUE.equals(recorded.get(Nkg.extractorVersion.getURI()));
    }

    /**
     * Writes one file's graph in a transaction of its own, so an interrupted run leaves every file
     * whole or absent and a failure is pinned on its file.
     */
    private FileOutcome write(Prepared prepared, Map<String, Set<String>> seen) {
        if (prepared.done() != null) {
            return prepared.done();
        }
        try {
            store.replaceGraph(prepared.graphIri(), prepared.graph());
        } catch (RuntimeException e) {
            return failure(prepared.file(), e);
        }
        return ingested(prepared, seen);
    }

    private static FileOutcome failure(Path file, RuntimeException e) {
        return e instanceof UserInputException ? FileOutcome.failed(file, e.getMessage()) : internalError(file, e);
    }

    private static FileOutcome ingested(Prepared prepared, Map<String, Set<String>> seen) {
        prepared.typed().forEach((type, iris) -> seen.computeIfAbsent(type, k -> new HashSet<>()).addAll(iris));
        DocumentFacts facts = prepared.facts();
        return new FileOutcome(prepared.file(), FileOutcome.Status.INGESTED, null, facts.source().metadata(),
                facts.articles().size(), prepared.graph().size());
    }

    private static Prepared awaitNext(Deque<Future<Prepared>> ahead) {
        Future<Prepared> head = ahead.poll();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ahead.forEach(f -> f.cancel(true));
            throw new CancellationException("ingest interrupted");
        } catch (ExecutionException e) {
            // prepare() turns every exception into a failed outcome; an Error is all that is left.
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static FileOutcome internalError(Path file, RuntimeException e) {
        LOG.error("ingest failed on {}", file, e);
        return FileOutcome.failed(file, "internal error (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "); rerun with --debug and report it");
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "newskg-extract-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static Map<String, Set<String>> typedNodes(Graph graph) {
        Map<String, Set<String>> typed = new HashMap<>();
        for (Map.Entry<String, String> type : COUNTED_TYPES.entrySet()) {
            Node typeNode = NodeFactory.createURI(type.getValue());
            Set<String> iris = new HashSet<>();
            graph.find(Node.ANY, RDF.type.asNode(), typeNode).forEachRemaining(t -> iris.add(t.getSubject().getURI()));
            typed.put(type.getKey(), iris);
        }
        return typed;
    }
}
