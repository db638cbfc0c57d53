package org.newskg.extractor.rdf;

import static org.newskg.extractor.rdf.Nodes.add;
import static org.newskg.extractor.rdf.Nodes.date;
import static org.newskg.extractor.rdf.Nodes.uri;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.newskg.extractor.entity.Iris;
import org.newskg.ontology.Nkg;
import org.newskg.ontology.Org;
import org.newskg.ontology.Prov;

/**
 * Writes the tenures one source file attests: a node per (person, post), the same IRI in every
 * file's graph, with this file's attesting articles, the mentions they were read from and the
 * first and last dates among this file's articles. Across files the store's union holds one date
 * pair per file; queries take their minimum and maximum (newskg.ttl, nkg:Tenure).
 */
final class TenureWriter {

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
        Node tenure = uri(Iris.tenure(personName, fullTitle));
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
        if (on != null) {
            spans.merge(tenure, new LocalDate[] {on, on}, (a, b) -> new LocalDate[] {
                    a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
    }

    /** Writes each tenure's first and last date in this file; call once, after the last article. */
    void writeDates() {
        spans.forEach((tenure, span) -> {
            add(g, tenure, uri(Nkg.firstAttested), date(span[0]));
            add(g, tenure, uri(Nkg.lastAttested), date(span[1]));
        });
    }
}
