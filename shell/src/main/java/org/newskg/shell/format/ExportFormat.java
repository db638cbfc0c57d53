package org.newskg.shell.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** The RDF serialisations {@code export} writes, by the names users type. */
public enum ExportFormat {
    TURTLE(RDFFormat.TURTLE_PRETTY),
    NTRIPLES(RDFFormat.NTRIPLES),
    NQUADS(RDFFormat.NQUADS),
    TRIG(RDFFormat.TRIG_PRETTY),
    JSONLD(RDFFormat.JSONLD),
    RDFXML(RDFFormat.RDFXML_PRETTY);

    private final RDFFormat rdfFormat;

    ExportFormat(RDFFormat rdfFormat) {
        this.rdfFormat = rdfFormat;
    }

    public RDFFormat rdfFormat() {
        return rdfFormat;
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
