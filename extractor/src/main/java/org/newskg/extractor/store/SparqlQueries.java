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
            throw new UserInputException(parseProblem(e), e);
        }
    }

    /**
     * The parser's own words, with where it stopped first: "malformed SPARQL at line 2, column 7:
     * Encountered "}" ...". JavaCC's list of every token it would have accepted runs to dozens of
     * lines, so a long list is shortened.
     */
    static String parseProblem(QueryParseException e) {
        String message = oneLine(e.getMessage());
        int expecting = message.indexOf("Was expecting");
        if (expecting >= 0) {
            String head = message.substring(0, expecting).trim();
            String tail = message.substring(expecting);
            message = tail.length() > 160 ? head + " " + tail.substring(0, 157).trim() + " ..." : message;
        }
        String where = e.getLine() > 0
                ? " at line " + e.getLine() + ", column " + e.getColumn()
                : "";
        return "malformed SPARQL" + where + ": " + message;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
