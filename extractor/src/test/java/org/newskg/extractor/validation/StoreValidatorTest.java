package org.newskg.extractor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.entity.Iris;
import org.newskg.extractor.sample.SampleStore;
import org.newskg.extractor.store.StoreStatistics;
import org.newskg.extractor.store.TdbStore;
import org.newskg.ontology.Schema;

class StoreValidatorTest {

    private final StoreValidator validator = new StoreValidator();

    @Test
    void theSampleStoreConformsGraphByGraphWithoutTheOntologyGraph() {
        List<GraphValidation> results = validator.validate(SampleStore.get());
        assertEquals(4, results.size(), "one per source file, the ontology's graph left out: " + results);
        for (GraphValidation r : results) {
            assertTrue(r.report().conforms(), r.graph() + ":\n" + r.report());
        }
    }

    @Test
    void theOntologyGraphChangesNoCount() {
        StoreStatistics stats = StoreStatistics.of(SampleStore.get());
        assertEquals(4, stats.graphs());
        assertEquals(4, stats.byType().get("sources"));
        assertEquals(41, stats.byType().get("articles"));
    }

    @Test
    void aGraphBreakingTheContractIsCaught(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            Graph bad = GraphFactory.createDefaultGraph();
            var person = NodeFactory.createURI(Iris.person("石泰峰"));
            bad.add(Triple.create(person, RDF.type.asNode(), Schema.Person.asNode()));
            bad.add(Triple.create(person, Schema.name.asNode(), NodeFactory.createLiteralString("石泰峰")));
            bad.add(Triple.create(person, Schema.name.asNode(), NodeFactory.createLiteralString("石泰丰")));
            store.replaceGraph(Iris.sourceGraph("bad.txt"), bad);

            List<GraphValidation> results = validator.validate(store);

            assertEquals(1, results.size());
            assertFalse(results.get(0).report().conforms());
            assertTrue(results.get(0).report().toString().contains("a person has exactly one schema:name"), results.toString());
        }
    }

    @Test
    void anEmptyStoreIsAUserErrorNotAPass(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            assertThrows(UserInputException.class, () -> validator.validate(store));
        }
    }
}
