package org.newskg.extractor.graph;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.newskg.ontology.Prefixes;

/** The articles published on a day between two dates, both included. */
public final class ArticlesInDateRange {

    private static final String ARTICLES = """
            SELECT DISTINCT ?a WHERE {
              ?a a schema:NewsArticle ; schema:datePublished ?d .
              FILTER (datatype(?d) = xsd:date && ?d >= ?from && ?d <= ?to)
            } ORDER BY ?a""";

    private final Store store;

    public ArticlesInDateRange(Store store) {
        this.store = store;
    }

    public Set<Node> between(LocalDate from, LocalDate to) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + ARTICLES);
        query.setLiteral("from", ResourceFactory.createTypedLiteral(from.toString(), XSDDatatype.XSDdate));
        query.setLiteral("to", ResourceFactory.createTypedLiteral(to.toString(), XSDDatatype.XSDdate));
        Set<Node> articles = new LinkedHashSet<>();
        if (store.query(query.toString()) instanceof QueryOutcome.Select select) {
            select.rows().forEachRemaining(row -> articles.add(row.get("a").asNode()));
        }
        return articles;
    }
}
