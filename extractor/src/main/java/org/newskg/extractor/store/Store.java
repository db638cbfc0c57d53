package org.newskg.extractor.store;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;

/**
 * Where the knowledge graph lives: one named graph per source file, and a default graph that is
 * the union of them all, so a plain SELECT sees everything and {@code GRAPH ?g} tells where a
 * fact came from.
 */
public interface Store extends AutoCloseable {

    /** The directory or endpoint, as the user named it. */
    String location();

    /** A property value recorded about the graph's source file ({@code nkg:sha256} etc.), if the graph exists. */
    Optional<String> sourceProperty(String graphIri, String propertyIri);

    /**
     * Several properties of the graph's source file at once (property IRI → value; absent ones
     * left out), so deciding whether a file is unchanged costs one read of the store per file.
     */
    default Map<String, String> sourceProperties(String graphIri, List<String> propertyIris) {
        Map<String, String> values = new HashMap<>();
        for (String property : propertyIris) {
            sourceProperty(graphIri, property).ifPresent(v -> values.put(property, v));
        }
        return values;
    }

    /**
     * Replaces a named graph by {@code graph} in one write transaction: after it the store holds
     * either the old graph or the new one, never a mixture.
     */
    void replaceGraph(String graphIri, Graph graph);

    /**
     * Replaces several named graphs. A store that can do so writes them in one transaction, so the
     * cost of a commit is paid once for them all and after it the store holds either all the new
     * graphs or none; the default writes them one by one, each whole or not at all.
     */
    default void replaceGraphs(Map<String, Graph> graphs) {
        graphs.forEach(this::replaceGraph);
    }

    /** Runs a SPARQL query with the standard prefixes predeclared, within the default time limit. */
    default QueryOutcome query(String sparql) {
        return query(sparql, QueryControl.defaults());
    }

    /**
     * Runs a SPARQL query with the standard prefixes predeclared. A query that outlives the
     * control's timeout, or is cancelled through it, fails with a one-line {@code UserInputException}.
     */
    QueryOutcome query(String sparql, QueryControl control);

    /**
     * Writes the store, or one graph of it, in the given format. Triple formats get the union of
     * all graphs; quad formats (TriG, N-Quads) keep a graph per source.
     */
    void export(RDFFormat format, String graphIriOrNull, OutputStream out);

    /** How many triples or quads go by between two calls of an export's progress callback. */
    long PROGRESS_INTERVAL = 100_000;

    /**
     * {@link #export(RDFFormat, String, OutputStream)}, telling {@code progress} how many triples
     * or quads are written so far: every {@link #PROGRESS_INTERVAL} of them, and once at the end
     * with the total. A store that cannot count them as they go never calls it.
     */
    default void export(RDFFormat format, String graphIriOrNull, OutputStream out, java.util.function.LongConsumer progress) {
        export(format, graphIriOrNull, out);
    }

    @Override
    void close();
}
