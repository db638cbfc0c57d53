package org.newskg.extractor.rdf;

import static org.newskg.extractor.rdf.Nodes.add;
import static org.newskg.extractor.rdf.Nodes.date;
import static org.newskg.extractor.rdf.Nodes.plain;
import static org.newskg.extractor.rdf.Nodes.uri;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.extractor.entity.Iris;
import org.newskg.ontology.Nkg;
import org.newskg.ontology.Org;
import org.newskg.ontology.Prov;
import org.newskg.ontology.Time;

/**
 * Writes the tenures one source file attests: a node per (person, post), the same IRI in every
 * file's graph, with this file's attesting articles, the mentions they were read from and the
 * first and last dates among this file's articles. Across files the store's union holds one date
 * pair per file; queries take their minimum and maximum (newskg.ttl, nkg:Tenure).
 *
 * <p>A holding the text calls former (原, 前, 时任) is attested as past on the article's date
 * ({@code nkg:attestedFormerOn}), never as held on it. An appointment or removal the text reports
 * is a {@code nkg:PostChange} and gives the tenure's {@code org:memberDuring} interval its start
 * or end.
 */
final class TenureWriter {

    /** How one article reports a holding. */
    record Holding(boolean former, boolean acting, boolean concurrent, String change, LocalDate changeDate) {

        static final Holding CURRENT = new Holding(false, false, false, null, null);
    }

    private final Graph g;
    private final Map<Node, LocalDate[]> spans = new LinkedHashMap<>();

    TenureWriter(Graph g) {
        this.g = g;
    }

    /**
     * Records that {@code article}, dated {@code on} (null when unknown), reports the person in the post.
     *
     * @param organization the post's organization node, or null when unknown
     * @param evidence     mention nodes the holding was read from; nulls are skipped
     */
    void attest(String personName, Node person, String fullTitle, Node post, Node organization,
                Node article, LocalDate on, List<Node> evidence) {
        attest(personName, person, fullTitle, post, organization, article, on, evidence, Holding.CURRENT);
    }

    void attest(String personName, Node person, String fullTitle, Node post, Node organization,
                Node article, LocalDate on, List<Node> evidence, Holding holding) {
        String iri = Iris.tenure(personName, fullTitle);
        Node tenure = uri(iri);
        add(g, tenure, uri(RDF.type), uri(Nkg.Tenure));
        add(g, tenure, uri(Org.member), person);
        add(g, tenure, uri(Nkg.tenurePost), post);
        if (organization != null) {
            add(g, tenure, uri(Org.organization), organization);
        }
        add(g, tenure, uri(Nkg.attestedBy), article);
        for (Node m : evidence) {
            if (m != null) {
                add(g, tenure, uri(Prov.wasDerivedFrom), m);
            }
        }
        if (holding.acting()) {
            add(g, tenure, uri(Nkg.acting), bool());
        }
        if (holding.concurrent()) {
            add(g, tenure, uri(Nkg.concurrent), bool());
        }
        if (holding.former()) {
            if (on != null) {
                add(g, tenure, uri(Nkg.attestedFormerOn), date(on));
            }
        } else if (on != null) {
            spans.merge(tenure, new LocalDate[] {on, on}, (a, b) -> new LocalDate[] {
                    a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        LocalDate changed = holding.changeDate() != null ? holding.changeDate() : on;
        if (holding.change() != null && changed != null) {
            change(iri, tenure, holding.change(), changed, article, evidence);
        }
    }

    /** The change as a node of its own, and the start or end it gives the tenure's stated interval. */
    private void change(String tenureIri, Node tenure, String kind, LocalDate on, Node article, List<Node> evidence) {
        Node change = uri(tenureIri + "/change/" + kind + "/" + on);
        add(g, change, uri(RDF.type), uri(Nkg.PostChange));
        add(g, change, uri(Nkg.changeKind), plain(kind));
        add(g, change, uri(Nkg.changeDate), date(on));
        add(g, change, uri(Nkg.changeOf), tenure);
        add(g, change, uri(Nkg.attestedBy), article);
        for (Node m : evidence) {
            if (m != null) {
                add(g, change, uri(Prov.wasDerivedFrom), m);
            }
        }
        Node interval = uri(tenureIri + "/during");
        add(g, tenure, uri(Org.memberDuring), interval);
        add(g, interval, uri(RDF.type), uri(Time.Interval));
        boolean ends = "removed".equals(kind) || "resigned".equals(kind);
        Node instant = uri(tenureIri + (ends ? "/end/" : "/begin/") + on);
        add(g, interval, uri(ends ? Time.hasEnd : Time.hasBeginning), instant);
        add(g, instant, uri(RDF.type), uri(Time.Instant));
        add(g, instant, uri(Time.inXSDDate), date(on));
    }

    private static Node bool() {
        return NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    }

    /** Writes each tenure's first and last date in this file; call once, after the last article. */
    void writeDates() {
        spans.forEach((tenure, span) -> {
            add(g, tenure, uri(Nkg.firstAttested), date(span[0]));
            add(g, tenure, uri(Nkg.lastAttested), date(span[1]));
        });
    }
}
