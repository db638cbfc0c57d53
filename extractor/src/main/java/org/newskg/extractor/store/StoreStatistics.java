package org.newskg.extractor.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.newskg.ontology.Nkg;
import org.newskg.ontology.OntologyResources;
import org.newskg.ontology.Schema;

/**
 * How much the store holds: things of each contract type, graphs and triples.
 *
 * @param byType  a readable type name (persons, regions, …) → distinct nodes of that type
 * @param graphs  named graphs of source files (one per ingested file; the ontology's graph is not counted)
 * @param triples triples in the union of the source files' graphs
 */
public record StoreStatistics(Map<String, Long> byType, long graphs, long triples) {

    private static final Map<String, String> TYPES = typeNames();

    private static Map<String, String> typeNames() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("articles", Schema.NewsArticle.getURI());
        types.putAll(ContractTypes.ENTITIES);
        types.put("sources", Nkg.SourceFile.getURI());
        return types;
    }

    public static StoreStatistics of(Store store) {
        Map<String, Long> byType = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : TYPES.entrySet()) {
            byType.put(e.getKey(), count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + e.getValue() + "> }"));
        }
        // The ontology's graph describes terms, not pages: counted neither as a graph nor in triples.
        // Its triples have terms as subjects and the source graphs' have instances, so none is in both.
        String ontology = "<" + OntologyResources.ONTOLOGY_GRAPH + ">";
        // The inferred tenures (TenureInference) are no source either.
        String inferred = "<" + org.newskg.extractor.inference.TenureInference.GRAPH + ">";
        long graphs = count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != " + ontology
                + " && ?g != " + inferred + ") }");
        long triples = count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
                - count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH " + ontology + " { ?s ?p ?o } }");
        return new StoreStatistics(byType, graphs, triples);
    }

    private static long count(Store store, String sparql) {
        QueryOutcome.Select select = (QueryOutcome.Select) store.query(sparql);
        QuerySolution row = select.rows().next();
        return row.getLiteral("n").getLong();
    }
}
