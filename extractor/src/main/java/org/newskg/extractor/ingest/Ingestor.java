package org.newskg.extractor.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
import org.newskg.extractor.source.SourceRecord;
import org.newskg.extractor.source.SourceRecords;
import org.newskg.extractor.store.Compactable;
import org.newskg.extractor.store.ContractTypes;
import org.newskg.extractor.store.Store;
import org.newskg.ontology.Nkg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests corpus files into a store: every source (a {@code .txt} page, or one record of a JSON
 * Lines, CSV or TSV file) is read, extracted and written as its own named graph. A source whose
 * digest and extractor version match what the store recorded is skipped, so running the same
 * ingest twice changes nothing, and a run that was interrupted resumes where it stopped; a
 * changed source replaces its graph. One bad source is reported and the rest go on.
 *
 * <p>Sources are read and extracted on worker threads; the calling thread alone writes to the
 * store, in the order the sources were listed, so progress and the report read the same whatever
 * the number of threads. It writes many sources' graphs in one transaction ({@link CommitBatching}):
 * each source is in the store whole or not at all, a killed run loses at most the open batch, and
 * sources are reported done only once committed. At most a few sources per worker are in flight,
 * and one batch of graphs waits for its commit, so memory does not grow with the corpus.
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private static final Map<String, String> COUNTED_TYPES = ContractTypes.ENTITIES;

    /** Sources extracted ahead of the writer, per worker: enough to keep workers busy while it commits. */
    private static final int AHEAD_PER_WORKER = 8;
    private static final int MIN_AHEAD = 16;

    private static final List<String> SKIP_PROPERTIES = List.of(Nkg.sha256.getURI(), Nkg.extractorVersion.getURI());

    private final Store store;
    private final Extractor extractor;
    private final int threads;
    private final DocumentGraphBuilder graphs = new DocumentGraphBuilder();

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
        SourceRecords reader = new SourceRecords(options.columns(), org.newskg.extractor.source.SourceReader.DEFAULT_MAX_BYTES);
        List<Path> files = SourceFiles.expand(paths);
        long total = 0;
        for (Path file : files) {
            total += reader.holdsRecords(file) ? reader.count(file) : 1;
        }
        listener.started((int) Math.min(Integer.MAX_VALUE, total));
        OntologyGraph.installInto(store);
        MetadataResolver metadata = new MetadataResolver(options.paper(), options.date());
        StoreCompactor compactor = new StoreCompactor(store, CompactionPolicy.above(options.compactAboveBytes()), listener);
        Writer writer = new Writer(options.batch(), listener, compactor);
        ExecutorService workers = Executors.newFixedThreadPool(threads, workerThreads());
        try (Work work = new Work(files, reader)) {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            while (work.hasNext() || !ahead.isEmpty()) {
                while (work.hasNext() && ahead.size() < Math.max(MIN_AHEAD, threads * AHEAD_PER_WORKER)) {
                    Supplier<SourceRecord> next = work.next();
                    ahead.add(workers.submit(() -> prepare(next, metadata)));
                }
                Prepared prepared = awaitHead(ahead, writer);
                writer.add(prepared);
            }
            writer.commit();
            writer.awaitCommitted();
        } finally {
            workers.shutdownNow();
            writer.close();
        }
        if (writer.outcomes.stream().anyMatch(o -> o.status() == FileOutcome.Status.INGESTED)
                || !org.newskg.extractor.inference.TenureInference.isPresent(store)) {
            // Tenures across files: a store-level step, replaced whole, so an unchanged batch writes nothing.
            // The sources are committed by now; a store that fails here loses only the derived graph,
            // which the next run that writes anything, or finds it missing, rebuilds.
            try {
                new org.newskg.extractor.inference.TenureInference().refresh(store);
            } catch (RuntimeException e) {
                LOG.error("inferring tenures across sources failed: {}", reason(e));
            }
        }
        Map<String, Long> byType = new LinkedHashMap<>();
        COUNTED_TYPES.keySet().forEach(type -> byType.put(type, (long) writer.seen.getOrDefault(type, Set.of()).size()));
        return new IngestReport(writer.outcomes, byType, writer.triples, Duration.ofNanos(System.nanoTime() - t0),
                compactor.done());
    }

    /**
     * The sources to do, in order: a page is read by the worker that extracts it; the records of
     * a larger file are read here, one at a time, as the workers ask for more.
     */
    private static final class Work implements AutoCloseable {
        private final Iterator<Path> files;
        private final SourceRecords reader;
        private Stream<SourceRecord> open;
        private Iterator<SourceRecord> records;

        Work(List<Path> files, SourceRecords reader) {
            this.files = files.iterator();
            this.reader = reader;
        }

        boolean hasNext() {
            if (pending != null) {
                return true;
            }
            while (records == null || !records.hasNext()) {
                closeOpen();
                if (!files.hasNext()) {
                    return false;
                }
                Path file = files.next();
                if (!reader.holdsRecords(file)) {
                    pending = () -> reader.read(file).findFirst().orElseThrow();
                    return true;
                }
                open = reader.read(file);
                records = open.iterator();
            }
            return true;
        }

        private Supplier<SourceRecord> pending;

        Supplier<SourceRecord> next() {
            if (pending != null) {
                Supplier<SourceRecord> page = pending;
                pending = null;
                return page;
            }
            SourceRecord record = records.next();
            return () -> record;
        }

        private void closeOpen() {
            if (open != null) {
                open.close();
                open = null;
            }
            records = null;
        }

        @Override
        public void close() {
            closeOpen();
        }
    }

    /**
     * What a worker hands the writer for one source: either the finished outcome (unchanged or
     * failed) or the graph to write, with the typed nodes it holds for the summary.
     */
    private record Prepared(FileOutcome done, String graphIri, Graph graph, FileOutcome ingested,
                            Map<String, Set<String>> typed) {
    }

    private static Prepared finished(FileOutcome outcome) {
        return new Prepared(outcome, null, null, null, null);
    }

    private Prepared prepare(Supplier<SourceRecord> next, MetadataResolver metadata) {
        SourceRecord record = null;
        try {
            record = next.get();
            long line = record.origin() == null ? 0 : record.origin().line();
            if (record.failed()) {
                return finished(FileOutcome.failed(record.file(), line, record.problem()));
            }
            Source source = metadata.resolve(record.file(), record.source());
            String graphIri = Iris.sourceGraph(source.name());
            if (unchanged(graphIri, source)) {
                return finished(new FileOutcome(record.file(), line, FileOutcome.Status.UNCHANGED, null,
                        source.metadata(), 0, 0));
            }
            DocumentFacts facts = extractor.extract(source);
            Graph graph = graphs.build(facts);
            return new Prepared(null, graphIri, graph, new FileOutcome(record.file(), line, FileOutcome.Status.INGESTED,
                    null, source.metadata(), facts.articles().size(), graph.size()), typedNodes(graph));
        } catch (UserInputException e) {
            return finished(failure(record, e.getMessage()));
        } catch (RuntimeException e) {
            return finished(internalError(record, e));
        }
    }

    private static FileOutcome failure(SourceRecord record, String message) {
        if (record == null) {
            return FileOutcome.failed(Path.of("?"), 0, message);
        }
        long line = record.origin() == null ? 0 : record.origin().line();
        String where = line > 0 ? record.origin().where() + ": " : "";
        return FileOutcome.failed(record.file(), line, message.startsWith(where) ? message : where + message);
    }

    /** One read of the store per source: the recorded hash and extractor version together. */
    private boolean unchanged(String graphIri, Source source) {
        Map<String, String> recorded = store.sourceProperties(graphIri, SKIP_PROPERTIES);
        return source.sha256().equals(recorded.get(Nkg.sha256.getURI()))
                && ExtractorVersion.VALUE.equals(recorded.get(Nkg.extractorVersion.getURI()));
    }

    /**
     * Collects finished sources in order and writes their graphs many to a transaction; a source
     * is reported (and counted in the report) once its transaction is committed. A batch is
     * committed on a thread of its own while the next one is collected, so extraction goes on
     * during a commit; batches still commit one after the other, in order, and at most two are
     * held in memory.
     */
    private final class Writer implements AutoCloseable {
        private final CommitBatching batching;
        private final IngestListener listener;
        private final StoreCompactor compactor;
        private final ExecutorService committer = Executors.newSingleThreadExecutor(committerThread());
        private Future<?> committing;
        private List<Prepared> batch = new ArrayList<>();
        private long batchQuads;
        private long batchStarted;
        final List<FileOutcome> outcomes = new ArrayList<>();
        final Map<String, Set<String>> seen = new HashMap<>();
        long triples;

        Writer(CommitBatching batching, IngestListener listener, StoreCompactor compactor) {
            this.batching = batching;
            this.listener = listener;
            this.compactor = compactor;
        }

        void add(Prepared prepared) {
            if (batch.isEmpty()) {
                batchStarted = System.nanoTime();
            }
            batch.add(prepared);
            if (prepared.graph() != null) {
                batchQuads += prepared.graph().size();
            }
            if (batchQuads >= batching.quads() || overdue()) {
                commit();
            }
        }

        /** How long the open batch may still wait, in ms; 0 when it is due (or empty: nothing waits). */
        long remainingMillis() {
            if (batch.isEmpty()) {
                return Long.MAX_VALUE;
            }
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - batchStarted);
            return Math.max(0, batching.maxDelay().toMillis() - waited);
        }

        boolean overdue() {
            return !batch.isEmpty() && remainingMillis() == 0;
        }

        /** Hands the open batch to the committer, once the batch before it is committed. */
        void commit() {
            if (batch.isEmpty()) {
                return;
            }
            awaitCommitted();
            List<Prepared> closed = batch;
            batch = new ArrayList<>();
            batchQuads = 0;
            committing = committer.submit(() -> write(closed));
        }

        /** Waits for the batch being committed, if any; its failure is the run's. */
        void awaitCommitted() {
            if (committing == null) {
                return;
            }
            try {
                committing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("ingest interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error error) {
                    throw error;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            } finally {
                committing = null;
            }
        }

        @Override
        public void close() {
            committer.shutdown();
            try {
                // A commit in progress finishes: the store is left whole either way.
                committer.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** On the committer's thread: one transaction for the batch, then its sources reported. */
        private void write(List<Prepared> closed) {
            Map<String, Graph> graphs = new LinkedHashMap<>();
            for (Prepared p : closed) {
                if (p.graph() != null) {
                    graphs.put(p.graphIri(), p.graph());
                }
            }
            Map<String, String> failures = write(graphs);
            int written = 0;
            long quads = 0;
            for (Prepared p : closed) {
                FileOutcome outcome;
                if (p.done() != null) {
                    outcome = p.done();
                } else if (failures.containsKey(p.graphIri())) {
                    outcome = FileOutcome.failed(p.ingested().file(), p.ingested().line(), failures.get(p.graphIri()));
                } else {
                    outcome = p.ingested();
                    p.typed().forEach((type, iris) -> seen.computeIfAbsent(type, k -> new HashSet<>()).addAll(iris));
                    written++;
                    quads += outcome.triples();
                }
                triples += outcome.triples();
                outcomes.add(outcome);
                listener.fileDone(outcome);
            }
            if (written > 0) {
                listener.committed(written, quads, store instanceof Compactable c ? c.sizeOnDisk() : -1);
                compactor.afterWrite();
            }
        }

        /**
         * Writes the batch in one transaction; should that fail, each graph in a transaction of its
         * own, so the failure is pinned on the source that caused it. Returns graph → reason.
         */
        private Map<String, String> write(Map<String, Graph> graphs) {
            if (graphs.isEmpty()) {
                return Map.of();
            }
            try {
                store.replaceGraphs(graphs);
                return Map.of();
            } catch (RuntimeException batchFailure) {
                if (graphs.size() == 1) {
                    return Map.of(graphs.keySet().iterator().next(), reason(batchFailure));
                }
                LOG.warn("a batch of {} graphs failed to commit ({}); writing them one by one", graphs.size(),
                        batchFailure.toString());
                Map<String, String> failed = new HashMap<>();
                graphs.forEach((iri, graph) -> {
                    try {
                        store.replaceGraph(iri, graph);
                    } catch (RuntimeException e) {
                        failed.put(iri, reason(e));
                    }
                });
                return failed;
            }
        }
    }

    private static String reason(RuntimeException e) {
        if (e instanceof UserInputException) {
            return e.getMessage();
        }
        LOG.error("writing to the store failed", e);
        return "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); rerun with --debug and report it";
    }

    /** The next source in order; while waiting for it, commits the open batch once it is due. */
    private static Prepared awaitHead(Deque<Future<Prepared>> ahead, Writer writer) {
        Future<Prepared> head = ahead.peek();
        try {
            while (true) {
                long wait = writer.remainingMillis();
                if (wait == 0) {
                    writer.commit();
                    continue;
                }
                try {
                    Prepared p = wait == Long.MAX_VALUE ? head.get() : head.get(wait, TimeUnit.MILLISECONDS);
                    ahead.poll();
                    return p;
                } catch (TimeoutException e) {
                    writer.commit();
                }
            }
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

    private static FileOutcome internalError(SourceRecord record, RuntimeException e) {
        LOG.error("ingest failed on {}", record == null ? "?" : record.label(), e);
        return failure(record, "internal error (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "); rerun with --debug and report it");
    }

    private static ThreadFactory committerThread() {
        return task -> {
            Thread t = new Thread(task, "newskg-commit");
            // Not a daemon: the JVM waits for a commit in progress rather than cut it short.
            t.setDaemon(false);
            return t;
        };
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
