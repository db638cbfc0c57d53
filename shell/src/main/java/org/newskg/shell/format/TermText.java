package org.newskg.shell.format;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * An RDF term as a person wants to read it in a table: prefixed names for IRIs, the text of a
 * literal without quotes, language tag or datatype (csv and json keep them), and line breaks shown
 * as {@code ⏎} so rows stay one line.
 */
public final class TermText {

    private final PrefixMapping prefixes;

    public TermText(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    public String of(RDFNode term) {
        if (term == null) {
            return "";
        }
        Node node = term.asNode();
        String text;
        if (node.isURI()) {
            String shortForm = prefixes.qnameFor(node.getURI());
            text = shortForm != null ? shortForm : "<" + node.getURI() + ">";
        } else if (node.isLiteral()) {
            // Nearly every label is @zh: the tag would be noise in every row.
            text = node.getLiteralLexicalForm();
        } else if (node.isBlank()) {
            text = "_:" + node.getBlankNodeLabel();
        } else {
            text = node.toString();
        }
        return text.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎').replace('\t', ' ');
    }
}
