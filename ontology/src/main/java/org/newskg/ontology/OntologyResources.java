package org.newskg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology ({@code newskg.ttl}) and the SHACL shapes of the RDF contract ({@code shapes.ttl}),
 * read from the classpath. Each call parses afresh and returns a graph the caller owns, so no
 * caller can change what another one sees.
 */
public final class OntologyResources {

    /** The named graph the store loads the ontology into, apart from the graphs of source files. */
    public static final String ONTOLOGY_GRAPH = Nkg.ID + "graph/ontology";
    /** The ontology's own IRI, as declared by {@code owl:Ontology} in the file. */
    public static final String ONTOLOGY_IRI = "http://newskg.org/ontology";

    static final String ONTOLOGY_RESOURCE = "newskg.ttl";
    static final String SHAPES_RESOURCE = "shapes.ttl";

    private OntologyResources() {
    }

    /** The OWL ontology: own terms with Chinese and English labels, and the reused terms they align with. */
    public static Model ontology() {
        return ModelFactory.createModelForGraph(read(ONTOLOGY_RESOURCE));
    }

    /** The SHACL shapes graph; parse it with {@code Shapes.parse(graph)}. */
    public static Graph shapes() {
        return read(SHAPES_RESOURCE);
    }

    private static Graph read(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                // Only a broken build can get here: the files are part of this module's jar.
                throw new IllegalStateException("missing classpath resource org/newskg/ontology/" + resource);
            }
            RDFParser.create().source(in).lang(Lang.TURTLE).strict(true).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }
}
