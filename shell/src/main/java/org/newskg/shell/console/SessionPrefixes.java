package org.newskg.shell.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.newskg.extractor.UserInputException;
import org.newskg.ontology.Prefixes;

/**
 * {@code PREFIX}es a user declared during a session (with {@code prefix}, a line of {@code PREFIX}
 * declarations, or inside a query that ran): later queries get them predeclared, on top of the
 * standard ones every query has.
 */
public final class SessionPrefixes {

    // A prologue: PREFIX and BASE declarations and comments, nothing else.
    private static final Pattern PROLOGUE_ONLY = Pattern.compile(
            "(?is)\\s*((PREFIX\\s+[^\\s:]*:\\s*<[^>]*>|BASE\\s*<[^>]*>|#[^\\n]*)\\s*)+");

    private final Map<String, String> declared = new LinkedHashMap<>();

    /** The prefixes declared by {@code text} when it is nothing but declarations; empty when it is a query. */
    public static Optional<Map<String, String>> declarationsOnly(String text) {
        if (text == null || !PROLOGUE_ONLY.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            Query q = QueryFactory.create(text + "\nASK {}", Syntax.syntaxARQ);
            return Optional.of(q.getPrefixMapping().getNsPrefixMap());
        } catch (QueryException e) {
            throw new UserInputException("malformed PREFIX declaration: " + e.getMessage().replaceAll("\\s*\\R\\s*", " ").trim(), e);
        }
    }

    public synchronized void declare(String prefix, String namespace) {
        declared.put(prefix, namespace);
    }

    public synchronized void declareAll(Map<String, String> prefixes) {
        declared.putAll(prefixes);
    }

    /** The session's own prefixes, in the order declared. */
    public synchronized Map<String, String> declared() {
        return Map.copyOf(declared);
    }

    /** Standard and session prefixes together, the session's winning. */
    public synchronized Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>(Prefixes.standard().getNsPrefixMap());
        all.putAll(declared);
        return all;
    }

    /**
     * The query with the session's prefixes declared before it. They go on the query's first line,
     * so the line numbers in the parser's messages stay the user's.
     */
    public synchronized String applyTo(String query) {
        if (declared.isEmpty()) {
            return query;
        }
        StringBuilder sb = new StringBuilder();
        declared.forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append("> "));
        return sb.append(query).toString();
    }

    /** Keeps the prefixes a query declared itself, for the queries after it. */
    public void rememberFrom(String query) {
        try {
            Query q = new Query();
            q.getPrefixMapping().setNsPrefixes(Prefixes.standard());
            QueryFactory.parse(q, query, null, Syntax.syntaxARQ);
            Map<String, String> standard = Prefixes.standard().getNsPrefixMap();
            q.getPrefixMapping().getNsPrefixMap().forEach((p, ns) -> {
                if (!ns.equals(standard.get(p))) {
                    declare(p, ns);
                }
            });
        } catch (QueryException e) {
            // The store already reported what is wrong with the query.
        }
    }
}
