package org.newskg.shell.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.extractor.graph.EntityReference;
import org.newskg.extractor.graph.EntityResolver;
import org.newskg.extractor.graph.EvidenceSentences;
import org.newskg.extractor.graph.SubgraphRequest;
import org.newskg.extractor.graph.SubgraphSelector;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.TdbStore;
import org.newskg.ontology.Prefixes;
import org.newskg.shell.format.ExportFormat;

/**
 * Writes a store, or part of it, in one export format. The whole store as N-Triples, N-Quads,
 * Turtle or TriG streams straight from a TDB2 store (a line on stderr every 100,000 triples);
 * subgraphs are selected into memory first.
 */
public final class GraphExporter {

    /** Above this many quads a line on stderr says what the export is doing, since it takes a while. */
    private static final long LARGE = 100_000;

    private final Store store;
    private final PrintStream progress;

    public GraphExporter(Store store, PrintStream progress) {
        this.store = store;
        this.progress = progress;
    }

    /** Writes the export and returns a short description of what was written, for the user. */
    public String export(SubgraphRequest request, ExportFormat format, OutputStream out) throws IOException {
        if (request.isWholeStore() && format.isRdf()) {
            RDFFormat whole = wholeStoreFormat(format);
            if (whole != null) {
                long[] written = {-1};
                store.export(whole, null, out, n -> {
                    if (n > 0 && n % Store.PROGRESS_INTERVAL == 0 && n != written[0]) {
                        progress.printf(Locale.ROOT, "exported %,d %s…%n", n, format.keepsGraphs() ? "quads" : "triples");
                    }
                    written[0] = n;
                });
                return written[0] < 0 ? "the whole store"
                        : String.format(Locale.ROOT, "the whole store, %,d %s", written[0], format.keepsGraphs() ? "quads" : "triples");
            }
        }
        if (request.isWholeStore()) {
            // Graph-tool formats of the whole store: read twice as a stream, never copied whole.
            PropertyGraph graph = new PropertyGraphBuilder().build(new StoreQuadStream(store));
            if (graph.nodes().size() + graph.edges().size() >= LARGE) {
                progress.printf(Locale.ROOT, "built %,d nodes and %,d edges from the store; writing %s%n",
                        graph.nodes().size(), graph.edges().size(), format.optionValue());
            }
            return write(graph, request, format, out);
        }
        DatasetGraph data = new SubgraphSelector(store).select(request);
        long quads = data.stream().count();
        if (quads >= LARGE) {
            progress.printf(Locale.ROOT, "selected %,d quads; writing %s%n", quads, format.optionValue());
        }
        if (format.isRdf()) {
            writeRdf(data, format, out);
            return String.format(Locale.ROOT, "%,d triples", quads);
        }
        return write(new PropertyGraphBuilder().build(data), request, format, out);
    }

    private String write(PropertyGraph graph, SubgraphRequest request, ExportFormat format, OutputStream out) throws IOException {
        GraphToolWriter writer = format == ExportFormat.HTML ? new HtmlPageWriter(explorer(request, graph)) : writerFor(format);
        writer.write(graph, out);
        return String.format(Locale.ROOT, "%,d nodes, %,d edges", graph.nodes().size(), graph.edges().size());
    }

    /**
     * The format the store writes a whole-store export in, or null when it is selected into memory
     * and written here. Turtle and TriG from a TDB2 store stream in its index order (Jena's "blocks"
     * writers: a subject's triples together, prefixes declared), which is the same every time for an
     * unchanged store, so two exports of it diff cleanly, and memory stays flat however large the
     * store. Stores without a fixed order (remote ones) and subgraphs, which are small, go through
     * {@link SortedTurtleWriter}, whose text order is also the same across stores ingested in a
     * different order, but which sorts everything in memory.
     */
    private RDFFormat wholeStoreFormat(ExportFormat format) {
        return switch (format) {
            case TURTLE -> store instanceof TdbStore ? RDFFormat.TURTLE_BLOCKS : null;
            case TRIG -> store instanceof TdbStore ? RDFFormat.TRIG_BLOCKS : null;
            default -> format.rdfFormat();
        };
    }

    private static void writeRdf(DatasetGraph data, ExportFormat format, OutputStream out) {
        switch (format) {
            case TURTLE -> new SortedTurtleWriter().writeTurtle(data, out);
            case TRIG -> new SortedTurtleWriter().writeTrig(data, out);
            case NQUADS -> RDFWriter.source(data).format(format.rdfFormat()).output(out);
            default -> {
                Graph union = GraphFactory.createDefaultGraph();
                union.getPrefixMapping().setNsPrefixes(Prefixes.standard());
                data.getUnionGraph().find().forEachRemaining(union::add);
                data.getDefaultGraph().find().forEachRemaining(union::add);
                RDFWriter.source(union).format(format.rdfFormat()).output(out);
            }
        }
    }

    /** The page's focus (the entities --around names) and the evidence sentences of what it draws. */
    private HtmlPageWriter.Explorer explorer(SubgraphRequest request, PropertyGraph graph) {
        if (graph.nodes().size() > HtmlPageWriter.MOST_NODES) {
            return HtmlPageWriter.Explorer.none();
        }
        List<String> focus = request.around() == null ? List.of()
                : new EntityResolver(store).resolve(EntityReference.parse(request.around()), false).stream().map(Node::getURI).toList();
        Set<Node> asked = new LinkedHashSet<>();
        graph.nodes().forEach(n -> asked.add(NodeFactory.createURI(n.iri())));
        graph.edges().stream().map(e -> e.attributes().get("tenure")).filter(java.util.Objects::nonNull)
                .forEach(t -> asked.add(NodeFactory.createURI(t)));
        return new HtmlPageWriter.Explorer(focus, new EvidenceSentences(store).of(asked, EVIDENCE_PER_NODE), null);
    }

    /** Sentences the page keeps for each node: enough to see why it is there, few enough for a page of thousands. */
    private static final int EVIDENCE_PER_NODE = 3;

    private static GraphToolWriter writerFor(ExportFormat format) {
        return switch (format) {
            case GRAPHML -> new GraphMlWriter();
            case GEXF -> new GexfWriter();
            case DOT -> new DotWriter();
            case CYTOSCAPE -> new CytoscapeJsonWriter();
            case HTML -> new HtmlPageWriter();
            default -> throw new IllegalArgumentException(format + " is an RDF syntax");
        };
    }
}
