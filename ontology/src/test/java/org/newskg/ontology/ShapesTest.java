package org.newskg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;

class ShapesTest {

    private static final String PREFIXES = Prefixes.sparqlPrologue().replace("PREFIX ", "@prefix ").replace(">\n", "> .\n");

    private final Shapes shapes = Shapes.parse(OntologyResources.shapes());

    @Test
    void shapesParseIntoShaclShapes() {
        assertTrue(shapes.numRootShapes() > 10, "only " + shapes.numRootShapes() + " root shapes");
    }

    @Test
    void eventTypeListOfTheShapesIsTheTaxonomyOfTheOntology() {
        assertEquals(ontologyNotations(Nkg.EventTypeScheme), shapeList(Nkg.eventType));
    }

    @Test
    void participantRoleListOfTheShapesIsTheSchemeOfTheOntology() {
        assertEquals(ontologyNotations(Nkg.ParticipantRoleScheme), shapeList(Nkg.role));
    }

    @Test
    void aPersonWithOneNameConformsAndWithTwoDoesNot() {
        assertTrue(validate("nkgid:person-石泰峰 a schema:Person ; schema:name \"石泰峰\" .").conforms());
        ValidationReport twoNames = validate("nkgid:person-石泰峰 a schema:Person ; schema:name \"石泰峰\" , \"石泰丰\" .");
        assertFalse(twoNames.conforms());
        assertTrue(messages(twoNames).contains("a person has exactly one schema:name (the canonical name; other forms are skos:altLabel)"));
    }

    @Test
    void aGovernmentOrganizationMustAlsoBeAnOrganization() {
        ValidationReport r = validate("nkgid:org-x a schema:GovernmentOrganization ; schema:name \"x\" .");
        assertTrue(messages(r).stream().anyMatch(m -> m.contains("never instead")), messages(r).toString());
    }

    @Test
    void aContainmentCycleIsReported() {
        ValidationReport r = validate("""
                nkgid:region-a a schema:AdministrativeArea ; schema:name "a" ; schema:containedInPlace nkgid:region-b .
                nkgid:region-b a schema:AdministrativeArea ; schema:name "b" ; schema:containedInPlace nkgid:region-a .
                """);
        assertTrue(messages(r).contains("schema:containedInPlace forms a cycle"), messages(r).toString());
    }

    @Test
    void aChangeOfPostHasAKnownKind() {
        ValidationReport r = validate("""
                nkgid:c a nkg:PostChange ; nkg:changeKind "promoted" ; nkg:changeDate "2023-03-12"^^xsd:date ;
                    nkg:changeOf nkgid:t ; nkg:attestedBy nkgid:a .
                nkgid:a a schema:NewsArticle .
                nkgid:t a nkg:Tenure .
                """);
        assertTrue(messages(r).stream().anyMatch(m -> m.startsWith("a change of post has one nkg:changeKind")), messages(r).toString());
    }

    private ValidationReport validate(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(PREFIXES + turtle), null, "TTL");
        return ShaclValidator.get().validate(shapes, m.getGraph());
    }

    private static Set<String> messages(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::message).collect(Collectors.toSet());
    }

    private static Set<String> ontologyNotations(org.apache.jena.rdf.model.Resource scheme) {
        Model ontology = OntologyResources.ontology();
        String query = "SELECT ?n { ?c <http://www.w3.org/2004/02/skos/core#inScheme> <" + scheme.getURI() + "> ;"
                + " <http://www.w3.org/2004/02/skos/core#notation> ?n }";
        Set<String> values = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.model(ontology).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> values.add(row.getLiteral("n").getString()));
        }
        return values;
    }

    /** The sh:in values of the property shapes on a path. */
    private static Set<String> shapeList(org.apache.jena.rdf.model.Property path) {
        Graph g = OntologyResources.shapes();
        String query = "PREFIX sh: <http://www.w3.org/ns/shacl#> SELECT ?v { ?s sh:path <" + path.getURI() + "> ;"
                + " sh:in/<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>*/<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> ?v }";
        Set<String> values = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> values.add(row.getLiteral("v").getString()));
        }
        assertFalse(values.isEmpty(), "no sh:in list on " + path);
        return values;
    }
}
