package org.newskg.extractor.rdf;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;

/** The RDF terms the graph writers of this package make, in the forms the contract fixes. */
final class Nodes {

    private static final String ZH = "zh";

    private Nodes() {
    }

    static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node uri(Resource term) {
        return term.asNode();
    }

    static Node plain(String text) {
        return NodeFactory.createLiteralString(text);
    }

    /** Names and labels are Chinese text: tagged so that label-choosing tools pick them for zh. */
    static Node lang(String text) {
        return NodeFactory.createLiteralLang(text, ZH);
    }

    static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    /** NIF types offsets as xsd:nonNegativeInteger. */
    static Node offset(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
