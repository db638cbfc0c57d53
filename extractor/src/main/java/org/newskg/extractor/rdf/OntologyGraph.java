package org.newskg.extractor.rdf;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.newskg.extractor.store.Store;
import org.newskg.ontology.OntologyResources;

/**
 * Puts the ontology into a store, in a named graph of its own, so that queries such as
 * {@code ?x rdf:type/rdfs:subClassOf* schema:Place} work on the store alone. It declares classes
 * and properties, never instances, so counts of typed things are the same with it as without it.
 */
public final class OntologyGraph {

    private OntologyGraph() {
    }

    /**
     * Loads the ontology unless the store already holds the same {@code owl:versionInfo}; returns
     * whether it wrote. Cheap when there is nothing to do: one look-up.
     */
    public static boolean installInto(Store store) {
        Model ontology = OntologyResources.ontology();
        String version = versionOf(ontology);
        Optional<String> stored = store.sourceProperty(OntologyResources.ONTOLOGY_GRAPH, OWL.versionInfo.getURI());
        if (stored.filter(version::equals).isPresent()) {
            return false;
        }
        store.replaceGraph(OntologyResources.ONTOLOGY_GRAPH, ontology.getGraph());
        return true;
    }

    static String versionOf(Model ontology) {
        Resource self = ontology.getResource(OntologyResources.ONTOLOGY_IRI);
        Statement version = self.getProperty(OWL.versionInfo);
        if (version == null) {
            // Only a broken build gets here: the ontology file declares its version.
            throw new IllegalStateException("the ontology declares no owl:versionInfo");
        }
        return version.getString();
    }
}
