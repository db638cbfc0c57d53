package org.newskg.extractor.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.newskg.ontology.Prefixes;

/**
 * Finds the entities an {@link EntityReference} names in a store: an IRI if the store uses it,
 * else everything whose name, alias or label is exactly the text, the most mentioned first. User
 * text reaches a query only bound through {@link ParameterizedSparqlString}, so it cannot add syntax.
 */
public final class EntityResolver {

    // The contract stores names as plain strings and aliases and labels as @zh: match both forms,
    // each through the store's indexes.
    private static final String BY_NAME = """
            SELECT ?e (COUNT(DISTINCT ?a) AS ?articles) (SAMPLE(?post) AS ?isPost) WHERE {
              { ?e schema:name|skos:altLabel|rdfs:label ?plain } UNION { ?e schema:name|skos:altLabel|rdfs:label ?tagged }
              OPTIONAL { ?a schema:mentions ?e }
              BIND (EXISTS { ?e a org:Post } AS ?post)
            }
            GROUP BY ?e ORDER BY DESC(?articles) STR(?e)
            """;

    private static final String IRI_EXISTS = "ASK { { ?e ?p ?o } UNION { ?s ?p ?e } }";

    private final Store store;

    public EntityResolver(Store store) {
        this.store = store;
    }

    /** The entities {@code text} names (see {@link EntityReference#parse}); empty when the store has none. */
    public List<Node> resolve(String text) {
        return resolve(EntityReference.parse(text), true);
    }

    /**
     * The entities {@code reference} names, most mentioned first; posts (whose titles are labels
     * too) only when {@code withPosts}, since a picture draws a post as an edge, not a node.
     */
    public List<Node> resolve(EntityReference reference, boolean withPosts) {
        if (reference instanceof EntityReference.ByIri byIri) {
            return exists(byIri.iri()) ? List.of(NodeFactory.createURI(byIri.iri())) : List.of();
        }
        return byName(((EntityReference.ByName) reference).name(), withPosts);
    }

    private boolean exists(String iri) {
        ParameterizedSparqlString ask = new ParameterizedSparqlString(IRI_EXISTS);
        ask.setIri("e", iri);
        return store.query(ask.toString()) instanceof QueryOutcome.Ask a && a.answer();
    }

    private List<Node> byName(String name, boolean withPosts) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + BY_NAME);
        query.setLiteral("plain", name);
        query.setParam("tagged", NodeFactory.createLiteralLang(name, "zh"));
        List<Node> found = new ArrayList<>();
        if (store.query(query.toString()) instanceof QueryOutcome.Select select) {
            while (select.rows().hasNext()) {
                QuerySolution row = select.rows().next();
                boolean post = row.contains("isPost") && row.getLiteral("isPost").getBoolean();
                if (withPosts || !post) {
                    found.add(row.get("e").asNode());
                }
            }
        }
        return found;
    }
}
