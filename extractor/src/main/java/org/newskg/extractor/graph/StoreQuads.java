package org.newskg.extractor.graph;

import java.util.Collection;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;

/**
 * Copies quads out of the store into memory, keeping the source graph of each, so a subgraph
 * can still be written one graph per source.
 */
public final class StoreQuads {

    private static final String QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";

    private final Store store;

    public StoreQuads(Store store) {
        this.store = store;
    }

    public DatasetGraph all() {
        return copy(QUADS, null, null, null);
    }

    public DatasetGraph ofGraphs(Collection<Node> graphs) {
        return copy(QUADS, "g", graphs, null);
    }

    /**
     * What the store says about {@code nodes}, limited to links between them: literals and types of
     * each node, and links whose object is in the set too, so every node drawn has its label and
     * type and no edge leads out of the picture.
     */
    public DatasetGraph about(Set<Node> nodes) {
        return copy(QUADS, "s", nodes, nodes);
    }

    private DatasetGraph copy(String template, String variable, Collection<Node> values, Set<Node> objectsAllowed) {
        DatasetGraph copy = DatasetGraphFactory.create();
        if (values != null && values.isEmpty()) {
            return copy;
        }
        String query = values == null ? template : QueryTemplates.withValues(template, variable, values);
        if (store.query(query) instanceof QueryOutcome.Select select) {
            while (select.rows().hasNext()) {
                QuerySolution row = select.rows().next();
                Node p = row.get("p").asNode();
                Node o = row.get("o").asNode();
                if (objectsAllowed == null || o.isLiteral() || p.equals(RDF.type.asNode()) || objectsAllowed.contains(o)) {
                    copy.add(new Quad(row.get("g").asNode(), row.get("s").asNode(), p, o));
                }
            }
        }
        return copy;
    }
}
