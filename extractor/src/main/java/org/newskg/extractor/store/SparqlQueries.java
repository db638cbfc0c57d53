package org.newskg.extractor.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.newskg.extractor.UserInputException;
import org.newskg.ontology.Prefixes;

/** Parses user queries with the standard prefixes predeclared, keeping the user's line numbers. */
final class SparqlQueries {

    private SparqlQueries() {
    }

    static Query parse(String sparql) {
        if (sparql == null || sparql.isBlank()) {
            throw new UserInputException("the query is empty: give a SPARQL query as the argument or with --file");
        }
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        try {
            // Parsing into a query that already knows the prefixes leaves the user's line numbers intact.
            QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
            return query;
        } catch (QueryParseException e) {
            throw new UserInputException("malformed SPARQL: " + oneLine(e.getMessage()), e);
        }
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
