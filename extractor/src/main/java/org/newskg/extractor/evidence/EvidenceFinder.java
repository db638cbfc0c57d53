package org.newskg.extractor.evidence;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.graph.EntityReference;
import org.newskg.extractor.graph.EntityResolver;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;

/**
 * Finds the mentions that support a node or a fact in a store: for an entity or a post, the
 * mentions that name it (itsrdf:taIdentRef); for a tenure, event or participation, the mentions it
 * was derived from (prov:wasDerivedFrom, an event's participations included); for an article, every
 * mention in its sentences.
 */
public final class EvidenceFinder {

    /** The result columns, in the order {@code evidence --format csv} promises. */
    public static final List<String> COLUMNS = List.of("file", "start", "end", "text", "sentence");

    private final Store store;

    public EvidenceFinder(Store store) {
        this.store = store;
    }

    /**
     * The supporting mentions as a SELECT result with the {@link #COLUMNS}, ordered by file and offset.
     *
     * @param node an IRI, written {@code <http://…>}, bare, or with a standard prefix ({@code nkgid:region/150100000000}),
     *             or a name (see {@link EntityReference})
     * @throws UserInputException when the text is no valid IRI or the store does not hold the node
     */
    public QueryOutcome.Select select(String node) {
        String iri = "<" + resolve(node) + ">";
        boolean known = ((QueryOutcome.Ask) store.query("ASK { { " + iri + " ?p ?o } UNION { ?s ?p " + iri + " } }")).answer();
        if (!known) {
            throw new UserInputException("the store holds nothing about " + iri + ": check the IRI (copy it from a query result)");
        }
        return (QueryOutcome.Select) store.query("""
                SELECT DISTINCT ?file ?start ?end ?text ?sentence WHERE {
                  { ?m itsrdf:taIdentRef %1$s }
                  UNION { %1$s prov:wasDerivedFrom ?m }
                  UNION { %1$s nkg:participation/prov:wasDerivedFrom ?m }
                  UNION { ?m nif:sentence/nkg:inArticle %1$s }
                  ?m a nkg:Mention ; nif:beginIndex ?start ; nif:endIndex ?end ; nif:anchorOf ?text ;
                     nif:sentence ?s ; nif:referenceContext/nkg:fileName ?file .
                  ?s nif:anchorOf ?sentence .
                } ORDER BY ?file ?start ?end""".formatted(iri));
    }

    /** The supporting mentions as rows; see {@link #select}. */
    public List<EvidenceRow> find(String node) {
        ResultSet rs = select(node).rows();
        List<EvidenceRow> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            rows.add(new EvidenceRow(row.getLiteral("file").getString(), row.getLiteral("start").getInt(),
                    row.getLiteral("end").getInt(), row.getLiteral("text").getString(), row.getLiteral("sentence").getString()));
        }
        return rows;
    }

    /** The IRI a user means: one written as an IRI, or the most mentioned entity of that name. */
    private String resolve(String written) {
        EntityReference reference = EntityReference.parse(written);
        if (reference instanceof EntityReference.ByIri byIri) {
            return byIri.iri();
        }
        List<org.apache.jena.graph.Node> found = new EntityResolver(store).resolve(reference, true);
        if (found.isEmpty()) {
            throw new UserInputException("no entity named '" + written.strip() + "' in the store (try 'search' to look for its spelling)");
        }
        return found.get(0).getURI();
    }
}
