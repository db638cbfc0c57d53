package org.newskg.extractor.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.newskg.extractor.Remedy;
import org.newskg.extractor.UserInputException;
import org.newskg.ontology.Prefixes;

/** Parses user queries with the standard prefixes predeclared, keeping the user's line numbers. */
final class SparqlQueries {

    private static final Pattern PLACE = Pattern.compile("\\s*\\bat line (\\d+), column (\\d+)\\.?");
    /** JavaCC's lexer names the character it stumbled on by its code: Encountered: '32' (32). */
    private static final Pattern CHARACTER_CODE = Pattern.compile("Encountered: '\\d+' \\((\\d+)\\),?");

    private SparqlQueries() {
    }

    static Query parse(String sparql) {
        if (sparql == null || sparql.isBlank()) {
            throw new UserInputException("the query is empty: give a SPARQL query", Remedy.A_QUERY, null);
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
        int line = e.getLine();
        int column = e.getColumn();
        Matcher place = PLACE.matcher(message);
        if (place.find()) {
            if (line <= 0) {
                line = Integer.parseInt(place.group(1));
                column = Integer.parseInt(place.group(2));
            }
            message = (message.substring(0, place.start()) + message.substring(place.end())).trim();
        }
        message = message.replaceFirst("^Lexical error\\.?\\s*", "");
        Matcher code = CHARACTER_CODE.matcher(message);
        if (code.find()) {
            int c = Integer.parseInt(code.group(1));
            String shown = Character.isWhitespace(c) ? "a space" : "'" + new String(Character.toChars(c)) + "'";
            message = message.substring(0, code.start()) + "unexpected " + shown + message.substring(code.end());
        }
        int expecting = message.indexOf("Was expecting");
        if (expecting >= 0) {
            String head = message.substring(0, expecting).trim();
            String tail = message.substring(expecting);
            message = tail.length() > 160 ? head + " " + tail.substring(0, 157).trim() + " ..." : message;
        }
        String where = line > 0 ? " at line " + line + ", column " + column : "";
        return "malformed SPARQL" + where + ": " + message;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
