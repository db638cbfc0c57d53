package org.newskg.extractor.validation;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.newskg.ontology.OntologyResources;
import org.newskg.ontology.Prefixes;

/**
 * Checks a graph against the SHACL shapes of the RDF contract ({@code shapes.ttl} of the
 * ontology module). Give it the graph of one source file ({@link StoreValidator} does so for a
 * store), not the union: a tenure is stated by every file that attests it, each with its own dates.
 * Never with the ontology graph: the shapes check that types are written explicitly, which the
 * ontology's subclass triples would make pass regardless.
 *
 * <p>The shapes are parsed once; a validator can be shared between threads.
 */
public final class ShapeValidator {

    private final Shapes shapes;

    public ShapeValidator() {
        this(Shapes.parse(OntologyResources.shapes()));
    }

    ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Validates a graph; the result lists every finding, most severe first. */
    public ValidationReport validate(Graph data) {
        org.apache.jena.shacl.ValidationReport report = ShaclValidator.get().validate(shapes, data);
        PrefixMapping prefixes = Prefixes.standard();
        List<Violation> findings = report.getEntries().stream()
                .map(e -> toViolation(e, prefixes))
                .sorted(Comparator.comparing(Violation::severity)
                        .thenComparing(Violation::focusNode)
                        .thenComparing(Violation::path))
                .toList();
        return new ValidationReport(findings);
    }

    private static Violation toViolation(ReportEntry e, PrefixMapping prefixes) {
        return new Violation(
                Violation.Severity.of(e.severity().level().getURI()),
                shortForm(e.focusNode(), prefixes),
                e.resultPath() == null ? "" : e.resultPath().toString(new Prologue(prefixes)),
                e.value() == null ? null : shortForm(e.value(), prefixes),
                e.message());
    }

    /** A node as a reader would write it: abbreviated where a standard prefix fits. */
    private static String shortForm(Node n, PrefixMapping prefixes) {
        if (n.isURI()) {
            // shortForm, not qnameFor: IRIs with slashes after the prefix (nkgid:article/x/0) read
            // better abbreviated even though they are not valid Turtle prefixed names.
            String shortForm = prefixes.shortForm(n.getURI());
            return shortForm.equals(n.getURI()) ? "<" + n.getURI() + ">" : shortForm;
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return n.toString(prefixes);
    }
}
