package org.newskg.shell.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.newskg.ontology.Prefixes;

/** Finds the entity a user means by a name, an alias or an IRI. */
final class EntityNameResolver {

    // The name is bound as a literal by ParameterizedSparqlString, so quotes or braces in
    // what the user typed cannot change the query.
    private static final String BY_NAME = """
            SELECT DISTINCT ?e WHERE {
              { ?e schema:name ?written } UNION { ?e skos:altLabel ?written } UNION { ?e rdfs:label ?written }
              FILTER (str(?written) = ?name)
              FILTER NOT EXISTS { ?e a org:Post }
            } ORDER BY ?e""";

    private static final String IRI_EXISTS = "ASK { { ?e ?p ?o } UNION { ?s ?p ?e } }";

    private final Store store;

    EntityNameResolver(Store store) {
        this.store = store;
    }

    /** The nodes named {@code nameOrIri}; several when a name is shared. Fails when there is none. */
    List<Node> resolve(String nameOrIri) {
        String text = nameOrIri.strip();
        if (text.isEmpty()) {
            throw new UserInputException("--around needs a name or an IRI");
        }
        if (looksLikeIri(text)) {
            String iri = expand(text);
            ParameterizedSparqlString ask = new ParameterizedSparqlString(IRI_EXISTS);
            ask.setIri("e", iri);
            if (store.query(ask.toString()) instanceof QueryOutcome.Ask a && a.answer()) {
                return List.of(org.apache.jena.graph.NodeFactory.createURI(iri));
            }
            throw new UserInputException("no entity " + text + " in the store");
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + BY_NAME);
        query.setLiteral("name", text);
        List<Node> found = new ArrayList<>();
        if (store.query(query.toString()) instanceof QueryOutcome.Select select) {
            while (select.rows().hasNext()) {
                QuerySolution row = select.rows().next();
                found.add(row.get("e").asNode());
            }
        }
        if (found.isEmpty()) {
            throw new UserInputException("no entity named '" + text + "' in the store (try 'sparql' to look for its spelling)");
        }
        return found;
    }

    private static boolean looksLikeIri(String text) {
        return text.startsWith("<") || text.matches("[a-z][a-z0-9+.-]*:(//.*|[^\\s]*)")
                && Prefixes.standard().getNsPrefixURI(text.substring(0, text.indexOf(':'))) != null
                || text.startsWith("http://") || text.startsWith("https://") || text.startsWith("urn:");
    }

    /** Accepts {@code <…>}, a full IRI, or a prefixed name with one of the standard prefixes. */
    private static String expand(String text) {
        if (text.startsWith("<") && text.endsWith(">")) {
            return text.substring(1, text.length() - 1);
        }
        if (text.startsWith("http://") || text.startsWith("https://") || text.startsWith("urn:")) {
            return text;
        }
        return Prefixes.standard().expandPrefix(text);
    }
}
