package org.newskg.extractor.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * What a server's SPARQL needs besides the standard. Virtuoso's default graph is the multiset of
 * all its graphs, its own system graphs included (the RDF views' metadata, a service
 * description, LDP terms), so every query it is sent is rewritten to read the set union of the
 * other graphs ({@link DefaultGraphAsSet}; its {@code define input:*-graph-exclude} pragmas hide
 * {@code GRAPH <iri>} too, and turn ASK into SELECT, so they are not used). It also reads the
 * protocol's {@code timeout} parameter as milliseconds of an "anytime" query that answers with
 * partial results, so no timeout is sent to it (its {@code MaxQueryExecutionTime} applies).
 */
final class QueryDialect {

    /** Graphs every Virtuoso 7 database has; a service description graph is found per server. */
    static final List<String> VIRTUOSO_SYSTEM_GRAPHS = List.of(
            "http://www.openlinksw.com/schemas/virtrdf#",
            "http://www.w3.org/ns/ldp#");

    static final String SERVICE_DESCRIPTION_GRAPHS =
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a <http://www.w3.org/ns/sparql-service-description#Service> } }";

    private final DefaultGraphAsSet rewrite;

    private QueryDialect(DefaultGraphAsSet rewriteOrNull) {
        this.rewrite = rewriteOrNull;
    }

    static QueryDialect standard() {
        return new QueryDialect(null);
    }

    /** Virtuoso's dialect, hiding its system graphs and {@code otherSystemGraphs} from every query. */
    static QueryDialect virtuoso(Collection<String> otherSystemGraphs) {
        Set<String> hidden = new LinkedHashSet<>(VIRTUOSO_SYSTEM_GRAPHS);
        hidden.addAll(otherSystemGraphs);
        return new QueryDialect(new DefaultGraphAsSet(hidden));
    }

    /** The parsed query as this server must receive it. */
    String query(Query query) {
        return rewrite == null ? query.serialize() : rewrite.rewrite(query).serialize();
    }

    /** A query NewsKG wrote itself (full IRIs), as this server must receive it. */
    String query(String text) {
        return rewrite == null ? text : rewrite.rewrite(QueryFactory.create(text)).serialize();
    }

    /**
     * Virtuoso 7.2 answers ASK in SELECT's result format, which standard clients cannot read: it is
     * asked {@code SELECT (1 AS ?nkgAsk) … LIMIT 1} instead, and the answer is whether a row came back.
     */
    boolean asksBySelect() {
        return rewrite != null;
    }

    static Query askAsSelect(Query ask) {
        Query select = ask.cloneQuery();
        select.setQuerySelectType();
        select.setQueryResultStar(false);
        select.addResultVar("nkgAsk", org.apache.jena.sparql.expr.NodeValue.makeInteger(1));
        select.setLimit(1);
        return select;
    }

    /** The time limit to send with a query, in seconds; 0 sends none. */
    int timeoutSeconds(int seconds) {
        return rewrite == null ? seconds : 0;
    }
}
