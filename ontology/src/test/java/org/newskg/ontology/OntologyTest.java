package org.newskg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class OntologyTest {

    private final Model ontology = OntologyResources.ontology();

    @Test
    void everyOwnTermOfTheVocabularyClassIsDeclaredWithChineseAndEnglishLabelsAndADefinition() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Resource term : vocabularyTerms(Nkg.class)) {
            problems.addAll(documentationProblems(term));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOwnTermOfTheOntologyIsDocumentedToo() {
        // Terms may be added to the file before the Java class; they owe the same documentation.
        List<String> problems = new ArrayList<>();
        ontology.listSubjects().filterKeep(s -> s.isURIResource() && s.getURI().startsWith(Nkg.NS))
                .forEach(term -> problems.addAll(documentationProblems(term)));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyReusedTermOfTheVocabularyClassesIsDeclared() throws Exception {
        List<String> undeclared = new ArrayList<>();
        for (Class<?> vocabulary : List.of(Schema.class, Org.class)) {
            for (Resource term : vocabularyTerms(vocabulary)) {
                if (!ontology.contains(ontology.getResource(term.getURI()), RDF.type)) {
                    undeclared.add(term.getURI());
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void subclassPathsReachTheGeneralClassesQueriesAskFor() {
        assertSubClass("http://schema.org/Country", "http://schema.org/Place");
        assertSubClass("http://schema.org/GovernmentOrganization", "http://schema.org/Organization");
        assertSubClass("http://schema.org/Hospital", "http://schema.org/Organization");
        assertSubClass(Nkg.Reporter.getURI(), "http://schema.org/Person");
        assertSubClass(Nkg.Commentary.getURI(), "http://schema.org/NewsArticle");
        assertSubClass(Nkg.PhotoCaption.getURI(), "http://schema.org/CreativeWork");
        assertSubClass(Nkg.SourceFile.getURI(), "http://www.w3.org/ns/prov#Entity");
        assertSubClass(Nkg.Participation.getURI(), "http://semanticweb.cs.vu.nl/2009/11/sem/Role");
        assertSubClass(Nkg.Tenure.getURI(), Org.Membership.getURI());
    }

    @Test
    void divisionCodeIsAnIdentifier() {
        assertTrue(ontology.contains(Nkg.divisionCode, RDFS.subPropertyOf, ontology.getResource(Schema.identifier.getURI())));
    }

    @Test
    void eventTypeSchemeHoldsTheEightDocumentedTypes() {
        assertEquals(new TreeSet<>(List.of("meeting", "conference", "inspection", "visit", "message",
                        "competition", "announcement", "other")),
                notations(Nkg.EventTypeScheme, Nkg.EVENT_TYPE_NS));
    }

    @Test
    void participantRoleSchemeHoldsTheSevenDocumentedRoles() {
        assertEquals(new TreeSet<>(List.of("leader", "chair", "speaker", "attendee", "sender", "recipient", "other")),
                notations(Nkg.ParticipantRoleScheme, Nkg.PARTICIPANT_ROLE_NS));
    }

    @Test
    void theOntologyDeclaresItself() {
        assertTrue(ontology.contains(ontology.getResource(OntologyResources.ONTOLOGY_IRI), RDF.type, OWL.Ontology));
    }

    /** Notations of a scheme's concepts, checking each concept is labelled, defined and in the scheme's namespace. */
    private Set<String> notations(Resource scheme, String namespace) {
        Set<String> notations = new TreeSet<>();
        ontology.listSubjectsWithProperty(SKOS.inScheme, scheme).forEach(concept -> {
            assertTrue(concept.getURI().startsWith(namespace), concept.getURI());
            assertTrue(ontology.contains(scheme, SKOS.hasTopConcept, concept), concept + " is not a top concept");
            assertTrue(hasLiteral(concept, SKOS.prefLabel, "zh") && hasLiteral(concept, SKOS.prefLabel, "en"),
                    concept + " lacks a zh or en prefLabel");
            assertTrue(hasLiteral(concept, SKOS.definition, "zh") && hasLiteral(concept, SKOS.definition, "en"),
                    concept + " lacks a zh or en definition");
            String notation = concept.getRequiredProperty(SKOS.notation).getString();
            assertEquals(concept.getLocalName(), notation, "the notation names the concept");
            notations.add(notation);
        });
        return notations;
    }

    private void assertSubClass(String sub, String sup) {
        String query = "ASK { <" + sub + "> <" + RDFS.subClassOf.getURI() + ">* <" + sup + "> }";
        try (QueryExecution qe = QueryExecution.model(ontology).query(query).build()) {
            assertTrue(qe.execAsk(), sub + " is not a subclass of " + sup);
        }
    }

    private List<String> documentationProblems(Resource term) {
        Resource t = ontology.getResource(term.getURI());
        List<String> problems = new ArrayList<>();
        if (!ontology.contains(t, RDF.type)) {
            problems.add(term.getURI() + " is not declared");
        }
        for (String lang : List.of("zh", "en")) {
            if (!hasLiteral(t, RDFS.label, lang)) {
                problems.add(term.getURI() + " has no rdfs:label@" + lang);
            }
            if (!hasLiteral(t, SKOS.definition, lang) && !hasLiteral(t, RDFS.comment, lang)) {
                problems.add(term.getURI() + " has no definition@" + lang);
            }
        }
        return problems;
    }

    private boolean hasLiteral(Resource subject, org.apache.jena.rdf.model.Property p, String lang) {
        return ontology.listStatements(subject, p, (RDFNode) null).toList().stream()
                .map(Statement::getObject)
                .anyMatch(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()));
    }

    /** The public static Resource and Property constants of a vocabulary class. */
    private static List<Resource> vocabularyTerms(Class<?> vocabulary) throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field f : vocabulary.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                terms.add((Resource) f.get(null));
            }
        }
        assertTrue(terms.size() > 5, "no terms found in " + vocabulary);
        return terms;
    }
}
