package org.newskg.extractor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/**
 * The Virtuoso rewrite, checked on an in-memory dataset whose default graph is empty, as a
 * multiset server's named graphs are: the rewritten query must see the set union of the named
 * graphs less the hidden system graph.
 */
class DefaultGraphAsSetTest {

    static final String SYSTEM = "http://example.org/system";
    static final DefaultGraphAsSet REWRITE = new DefaultGraphAsSet(Set.of(SYSTEM));

    static Dataset dataset() {
        Dataset ds = DatasetFactory.create();
        String quads = """
                <http://ex/a> <http://schema.org/name> "甲" <http://ex/g1> .
                <http://ex/a> <http://schema.org/name> "甲" <http://ex/g2> .
                <http://ex/a> <http://ex/in> <http://ex/b> <http://ex/g1> .
                <http://ex/a> <http://ex/in> <http://ex/b> <http://ex/g2> .
                <http://ex/b> <http://schema.org/name> "乙" <http://ex/g2> .
                <http://ex/s> <http://schema.org/name> "系统" <http://example.org/system> .
                """;
        RDFDataMgr.read(ds, new StringReader(quads), null, Lang.NQUADS);
        return ds;
    }

    static long count(String sparql) {
        Query query = REWRITE.rewrite(QueryFactory.create(sparql));
        try (QueryExecution qe = QueryExecution.dataset(dataset()).query(query).build()) {
            return qe.execSelect().nextSolution().getLiteral("n").getLong();
        }
    }

    @Test
    void aTripleInTwoGraphsCountsOnce() {
        assertEquals(3, count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
    }

    @Test
    void joinsAndPathsSeeEachTripleOnce() {
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) WHERE { ?a <http://schema.org/name> ?x ; <http://ex/in> ?b }"));
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) WHERE { ?a <http://ex/in>/<http://schema.org/name> ?name }"));
    }

    @Test
    void systemGraphsAreHiddenFromGraphVariablesButNamedGraphsStayReadable() {
        assertEquals(2, count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(2, count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://ex/g1> { ?s ?p ?o } }"));
    }

    @Test
    void selectStarKeepsItsColumns() {
        Query query = REWRITE.rewrite(QueryFactory.create("SELECT * WHERE { ?a <http://ex/in>/<http://schema.org/name> ?name }"));
        assertEquals(java.util.List.of("a", "name"), query.getResultVars());
        assertTrue(query.isSelectType());
    }

    @Test
    void askAndConstructKeepTheirForm() {
        assertTrue(REWRITE.rewrite(QueryFactory.create("ASK { ?s ?p ?o }")).isAskType());
        Query construct = REWRITE.rewrite(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"));
        try (QueryExecution qe = QueryExecution.dataset(dataset()).query(construct).build()) {
            assertEquals(3, qe.execConstruct().size());
        }
    }
}
