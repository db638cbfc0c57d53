package org.newskg.shell.export;

import org.apache.jena.graph.Node;
import org.newskg.ontology.Prefixes;

/** Short readable names for IRIs: prefixed names where a standard prefix fits. */
final class TermNames {

    private TermNames() {
    }

    static String shortName(Node node) {
        if (!node.isURI()) {
            return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString();
        }
        return Prefixes.standard().shortForm(node.getURI());
    }

    /** The last path segment or fragment, for nodes the data gives no label. */
    static String localName(Node node) {
        if (!node.isURI()) {
            return shortName(node);
        }
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        String local = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return java.net.URLDecoder.decode(local.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
