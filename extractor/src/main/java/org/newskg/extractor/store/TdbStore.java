package org.newskg.extractor.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.extractor.Remedy;
import org.newskg.extractor.UserInputException;
import org.newskg.ontology.Prefixes;

/** A TDB2 database in a directory on disk. One process at a time may open it. */
public final class TdbStore implements Store, Compactable {

    private final Path directory;
    private final DatasetGraph dsg;

    private TdbStore(Path directory, DatasetGraph dsg) {
        this.directory = directory;
        this.dsg = dsg;
    }

    /** Opens the store in {@code directory}, creating it when absent. */
    public static TdbStore open(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UserInputException("store " + directory + " is a file, not a directory: name a directory for the store",
                    Remedy.A_STORE_DIRECTORY, null);
        }
        try {
            if (isMissingOrEmpty(directory)) {
                createAtomically(directory);
            }
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
            // The default graph is the union of the source graphs: a plain SELECT sees everything.
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new TdbStore(directory, dsg);
        } catch (TDBException | DBOpEnvException e) {
            // TDB2 allows one process per store; its lock refusal is an AlreadyLocked (a DBOpEnvException).
            throw lockFailure(directory, e);
        } catch (java.io.IOException e) {
            throw new UserInputException("cannot create store " + directory + ": " + e.getMessage(), e);
        }
    }

    private static boolean isMissingOrEmpty(Path directory) throws java.io.IOException {
        if (!Files.exists(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Creates a new database beside {@code directory} and renames it into place, so a process
     * killed while TDB2 lays out its files leaves no half-made store that can never be opened.
     */
    private static void createAtomically(Path directory) throws java.io.IOException {
        Path absolute = directory.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".creating-");
        DatasetGraph fresh = DatabaseMgr.connectDatasetGraph(staging.toString());
        TDBInternal.expel(fresh);
        Files.deleteIfExists(absolute); // an empty directory the user made for it
        Files.move(staging, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static UserInputException lockFailure(Path directory, RuntimeException e) {
        String msg = SparqlQueries.oneLine(e.getMessage());
        java.util.regex.Matcher pid = java.util.regex.Pattern.compile("(?i)(?:PID|process) (\\d+)").matcher(msg);
        Optional<String> holder = pid.find() ? Optional.of(pid.group(1)) : lockHolder(directory);
        if (holder.isPresent() || e instanceof AlreadyLocked) {
            return new UserInputException("store " + directory + " is in use by process " + holder.orElse("(unknown)")
                    + ": close that newskg (or use another store) and try again", Remedy.ANOTHER_STORE, e);
        }
        return new UserInputException("cannot open store " + directory + ": " + msg, e);
    }

    /** The process id TDB2 wrote into the store's lock file, when another process holds it. */
    private static Optional<String> lockHolder(Path directory) {
        try {
            String content = Files.readString(directory.resolve("tdb.lock")).strip();
            return content.matches("\\d+") && Long.parseLong(content) != ProcessHandle.current().pid()
                    ? Optional.of(content) : Optional.empty();
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String location() {
        return directory.toString();
    }

    @Override
    public Optional<String> sourceProperty(String graphIri, String propertyIri) {
        Node g = NodeFactory.createURI(graphIri);
        Node p = NodeFactory.createURI(propertyIri);
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(g, Node.ANY, p, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.<String>empty();
        });
    }

    @Override
    public Map<String, String> sourceProperties(String graphIri, List<String> propertyIris) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> values = new HashMap<>();
            for (String property : propertyIris) {
                var it = dsg.find(g, Node.ANY, NodeFactory.createURI(property), Node.ANY);
                if (it.hasNext()) {
                    values.put(property, it.next().getObject().getLiteralLexicalForm());
                }
            }
            return values;
        });
    }

    @Override
    public void replaceGraph(String graphIri, Graph graph) {
        Txn.executeWrite(dsg, () -> write(graphIri, graph));
    }

    /** Several graphs in one write transaction: ingest's group commit. */
    @Override
    public void replaceGraphs(Map<String, Graph> graphs) {
        Txn.executeWrite(dsg, () -> graphs.forEach(this::write));
    }

    private void write(String graphIri, Graph graph) {
        Node g = NodeFactory.createURI(graphIri);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public QueryOutcome query(String sparql, QueryControl control) {
        Query query = SparqlQueries.parse(sparql);
        Dataset dataset = DatasetFactory.wrap(dsg);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .timeout(control.timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
                control.running(qe::abort);
                return execute(query, qe);
            } catch (QueryCancelledException e) {
                throw new UserInputException(control.cancelled()
                        ? "query cancelled"
                        : "query timed out after " + seconds(control.timeout())
                                + ": narrow it (LIMIT, more specific patterns) or allow it more time",
                        control.cancelled() ? null : Remedy.MORE_QUERY_TIME, e);
            } finally {
                control.finished();
            }
        });
    }

    private static QueryOutcome execute(Query query, QueryExecution qe) {
        if (query.isSelectType()) {
            return new QueryOutcome.Select(ResultSetFactory.copyResults(qe.execSelect()));
        } else if (query.isAskType()) {
            return new QueryOutcome.Ask(qe.execAsk());
        } else if (query.isConstructType()) {
            Model m = qe.execConstruct();
            m.setNsPrefixes(Prefixes.standard());
            return new QueryOutcome.Triples(m);
        } else if (query.isDescribeType()) {
            Model m = qe.execDescribe();
            m.setNsPrefixes(Prefixes.standard());
            return new QueryOutcome.Triples(m);
        }
        throw new UserInputException("unsupported query form: use SELECT, ASK, CONSTRUCT or DESCRIBE");
    }

    private static String seconds(java.time.Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    @Override
    public void export(RDFFormat format, String graphIriOrNull, OutputStream out) {
        export(format, graphIriOrNull, out, n -> { });
    }

    /**
     * Formats Jena can write as a stream (N-Triples, N-Quads, Turtle and TriG "blocks") are written
     * straight from the indexes inside one read transaction, so memory does not grow with the
     * store. Triple formats read the union of the graphs from the SPOG index, where a triple's quads
     * are adjacent, so each triple is written once, grouped by subject, without a set of seen ones.
     * Quad formats read every quad from the GSPO index, grouped by graph then subject. Both orders
     * are those of TDB2's node ids, fixed for an unchanged store, so two exports of the same store
     * are identical. Other formats (pretty Turtle and TriG, RDF/XML, JSON-LD) need the whole graph
     * to choose their layout and are still written from a copy in memory.
     */
    @Override
    public void export(RDFFormat format, String graphIriOrNull, OutputStream out, LongConsumer progress) {
        Txn.executeRead(dsg, () -> {
            boolean quads = RDFFormat.NQUADS.getLang().equals(format.getLang())
                    || RDFFormat.TRIG.getLang().equals(format.getLang());
            if (StreamRDFWriter.registered(format)) {
                stream(format, quads, graphIriOrNull, out, progress);
            } else if (quads) {
                DatasetGraph view = withStandardPrefixes(graphIriOrNull == null ? dsg : singleGraphView(graphIriOrNull));
                RDFWriter.source(view).format(format).output(out);
                progress.accept(view.stream().count());
            } else {
                Graph source = graphIriOrNull == null
                        ? dsg.getUnionGraph()
                        : dsg.getGraph(NodeFactory.createURI(graphIriOrNull));
                Model copy = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.standard());
                source.find().forEachRemaining(copy.getGraph()::add);
                RDFWriter.source(copy.getGraph()).format(format).output(out);
                progress.accept(copy.size());
            }
        });
    }

    private void stream(RDFFormat format, boolean quads, String graphIriOrNull, OutputStream out, LongConsumer progress) {
        Node g = graphIriOrNull == null ? Node.ANY : NodeFactory.createURI(graphIriOrNull);
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        writer.start();
        Prefixes.standard().getNsPrefixMap().forEach(writer::prefix);
        long n = 0;
        if (quads) {
            Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                writer.quad(it.next());
                if (++n % PROGRESS_INTERVAL == 0) {
                    progress.accept(n);
                }
            }
        } else {
            Iterator<Triple> it = graphIriOrNull == null ? unionTriples() : dsg.getGraph(g).find();
            while (it.hasNext()) {
                writer.triple(it.next());
                if (++n % PROGRESS_INTERVAL == 0) {
                    progress.accept(n);
                }
            }
        }
        writer.finish();
        progress.accept(n);
    }

    /**
     * The union graph's triples, each once, in SPOG index order. TDB2's own union graph find
     * removes duplicates with a hash set, which grows with the store (an export of 500,000 quads
     * ran out of a 40 MB heap in it); in the SPOG index the quads of one triple lie side by side,
     * so comparing each with the one before is enough.
     */
    private Iterator<Triple> unionTriples() {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        TupleIndex spog = java.util.Arrays.stream(quads.getTupleTable().getIndexes())
                .filter(i -> i.getName().equalsIgnoreCase("SPOG"))
                .findFirst().orElse(null);
        if (spog == null) {
            // A store built with other indexes: correct, but the de-duplication is in memory.
            return dsg.getUnionGraph().find();
        }
        NodeTable nodes = quads.getNodeTable();
        Iterator<Tuple<NodeId>> tuples = spog.all();
        return new Iterator<>() {
            private Tuple<NodeId> previous;
            private Tuple<NodeId> next = advance();

            // Tuples come back in the table's own column order, G S P O, whichever index is read.
            private Tuple<NodeId> advance() {
                while (tuples.hasNext()) {
                    Tuple<NodeId> t = tuples.next();
                    if (previous == null || !(t.get(1).equals(previous.get(1)) && t.get(2).equals(previous.get(2))
                            && t.get(3).equals(previous.get(3)))) {
                        previous = t;
                        return t;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Triple next() {
                if (next == null) {
                    throw new java.util.NoSuchElementException();
                }
                Tuple<NodeId> t = next;
                next = advance();
                return Triple.create(nodes.getNodeForNodeId(t.get(1)), nodes.getNodeForNodeId(t.get(2)),
                        nodes.getNodeForNodeId(t.get(3)));
            }
        };
    }

    /** A view whose prefixes are the standard ones, so exporting never writes prefixes into the store. */
    private static DatasetGraph withStandardPrefixes(DatasetGraph base) {
        PrefixMap prefixes = PrefixMapFactory.create(Prefixes.standard());
        return new DatasetGraphWrapper(base) {
            @Override
            public PrefixMap prefixes() {
                return prefixes;
            }
        };
    }

    private DatasetGraph singleGraphView(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        DatasetGraph one = DatasetGraphFactory.createTxnMem();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(one::add);
        return one;
    }

    /**
     * Reclaims the space TDB2 keeps after graphs are replaced: it never overwrites in place, so
     * every replaced graph leaves its old copy behind until the database is compacted into a
     * fresh generation (and, here, the old one deleted).
     */
    @Override
    public Compaction compact() {
        long before = sizeOnDisk(directory);
        long t0 = System.nanoTime();
        DatabaseMgr.compact(dsg, true);
        return new Compaction(before, sizeOnDisk(directory), java.time.Duration.ofNanos(System.nanoTime() - t0));
    }

    @Override
    public long sizeOnDisk() {
        return sizeOnDisk(directory);
    }

    /** Bytes the files under {@code directory} take. */
    public static long sizeOnDisk(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (java.io.IOException e) {
                    return 0; // a file removed while walking takes no space
                }
            }).sum();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The underlying dataset, for the store's own package (statistics, evaluation). */
    DatasetGraph datasetGraph() {
        return dsg;
    }

    @Override
    public void close() {
        // Expel releases the directory lock, so another process (or test) can open the store.
        TDBInternal.expel(dsg);
    }
}
