package org.newskg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The NIF 2.0 Core terms NewsKG's evidence uses, and ITS 2.0's {@code taIdentRef}: a mention is a
 * span of its source file with code-point offsets, a sentence and the node it names.
 */
public final class Nif {

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF_NS = "http://www.w3.org/2005/11/its/rdf#";

    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Resource Sentence = ResourceFactory.createResource(NS + "Sentence");
    public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");

    public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
    public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
    public static final Property sentence = ResourceFactory.createProperty(NS + "sentence");
    public static final Property taIdentRef = ResourceFactory.createProperty(ITSRDF_NS + "taIdentRef");

    private Nif() {
    }
}
