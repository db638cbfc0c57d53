package org.newskg.extractor.validation;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.newskg.ontology.OntologyResources;

/**
 * Checks every source graph of a store against the contract's shapes, one graph at a time: each
 * file's graph must keep the contract by itself (a tenure states one date pair per graph), and the
 * ontology's graph is left out, as {@link ShapeValidator} requires.
 */
public final class StoreValidator {

    private final ShapeValidator shapes;

    public StoreValidator() {
        this(new ShapeValidator());
    }

    StoreValidator(ShapeValidator shapes) {
        this.shapes = shapes;
    }

    /**
     * The findings per source graph, in graph order.
     *
     * @throws UserInputException when the store holds no source graph: nothing was ingested there
     */
    public List<GraphValidation> validate(Store store) {
        List<String> graphs = sourceGraphs(store);
        if (graphs.isEmpty()) {
            throw new UserInputException("store " + store.location() + " holds no source graphs: ingest files first");
        }
        List<GraphValidation> results = new ArrayList<>();
        for (String graph : graphs) {
            QueryOutcome.Triples triples = (QueryOutcome.Triples) store.query(
                    "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }");
            results.add(new GraphValidation(graph, shapes.validate(triples.model().getGraph())));
        }
        return results;
    }

    private static List<String> sourceGraphs(Store store) {
        ResultSet rs = ((QueryOutcome.Select) store.query(
                "SELECT ?g WHERE { GRAPH ?g { } FILTER(?g != <" + OntologyResources.ONTOLOGY_GRAPH + "> && ?g != <"
                        + org.newskg.extractor.inference.TenureInference.GRAPH + ">) } ORDER BY ?g")).rows();
        List<String> graphs = new ArrayList<>();
        rs.forEachRemaining(row -> graphs.add(row.getResource("g").getURI()));
        return graphs;
    }
}
