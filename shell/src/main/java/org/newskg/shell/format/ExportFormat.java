package org.newskg.shell.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** The formats {@code export} writes, by the names users type: RDF syntaxes, graph-tool files and a page. */
public enum ExportFormat {
    TURTLE(RDFFormat.TURTLE_PRETTY),
    NTRIPLES(RDFFormat.NTRIPLES),
    NQUADS(RDFFormat.NQUADS),
    TRIG(RDFFormat.TRIG_PRETTY),
    JSONLD(RDFFormat.JSONLD),
    RDFXML(RDFFormat.RDFXML_PRETTY),
    GRAPHML(null),
    GEXF(null),
    DOT(null),
    CYTOSCAPE(null),
    HTML(null);

    private final RDFFormat rdfFormat;

    ExportFormat(RDFFormat rdfFormat) {
        this.rdfFormat = rdfFormat;
    }

    /** The Jena format of an RDF syntax; null for graph-tool formats. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    public boolean isRdf() {
        return rdfFormat != null;
    }

    /** Whether the format keeps a graph per source (TriG, N-Quads). */
    public boolean keepsGraphs() {
        return this == NQUADS || this == TRIG;
    }

    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> optionValues() {
        return Arrays.stream(values()).map(ExportFormat::optionValue).toList();
    }

    public static ExportFormat fromOption(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
