package org.newskg.extractor.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Copies the part of the store a {@link SubgraphRequest} names into memory, a graph per source where known. */
public final class SubgraphSelector {

    private static final Logger LOG = LoggerFactory.getLogger(SubgraphSelector.class);

    private final Store store;

    public SubgraphSelector(Store store) {
        this.store = store;
    }

    public DatasetGraph select(SubgraphRequest request) {
        StoreQuads quads = new StoreQuads(store);
        if (request.constructQuery() != null) {
            return constructed(request.constructQuery());
        }
        if (request.around() != null) {
            List<Node> centres = centres(request.around());
            Set<Node> nodes = new Neighbourhood(store).around(centres, request.depth());
            LOG.debug("{} nodes within {} hops of {}", nodes.size(), request.depth(), centres);
            return quads.about(nodes);
        }
        if (request.graphIri() != null) {
            DatasetGraph one = quads.ofGraphs(List.of(NodeFactory.createURI(request.graphIri())));
            if (one.isEmpty()) {
                throw new UserInputException("no graph " + request.graphIri() + " in the store");
            }
            return one;
        }
        if (request.from() != null || request.to() != null) {
            LocalDate from = request.from() != null ? request.from() : LocalDate.of(1, 1, 1);
            LocalDate to = request.to() != null ? request.to() : LocalDate.of(9999, 12, 31);
            Set<Node> articles = new ArticlesInDateRange(store).between(from, to);
            // An article and what it mentions, one hop away; the posts of the people in it come along.
            return quads.about(new Neighbourhood(store).around(articles, 1));
        }
        return quads.all();
    }

    private List<Node> centres(String text) {
        EntityReference reference = EntityReference.parse(text);
        List<Node> centres = new EntityResolver(store).resolve(reference, false);
        if (centres.isEmpty()) {
            throw new UserInputException(reference instanceof EntityReference.ByIri
                    ? "no entity " + text.strip() + " in the store"
                    : "no entity named '" + text.strip() + "' in the store (try 'search' to look for its spelling)");
        }
        return centres;
    }

    private DatasetGraph constructed(String query) {
        QueryOutcome outcome = store.query(query);
        if (!(outcome instanceof QueryOutcome.Triples triples)) {
            throw new UserInputException("--query needs a CONSTRUCT or DESCRIBE query: it chooses triples to export");
        }
        // CONSTRUCT answers have no graph names: they all go to the default graph.
        DatasetGraph result = DatasetGraphFactory.create();
        triples.model().getGraph().find().forEachRemaining(result.getDefaultGraph()::add);
        return result;
    }
}
