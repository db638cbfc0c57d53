package org.newskg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms NewsKG writes: facts derive from the mentions they were read from. */
public final class Prov {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");

    private Prov() {
    }
}
