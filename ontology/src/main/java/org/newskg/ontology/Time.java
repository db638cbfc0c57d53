package org.newskg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The OWL-Time terms tenures' intervals are written in (org:memberDuring, nkg:inferredDuring). */
public final class Time {

    public static final String NS = "http://www.w3.org/2006/time#";

    public static final Resource Interval = ResourceFactory.createResource(NS + "Interval");
    public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");

    public static final Property hasBeginning = ResourceFactory.createProperty(NS + "hasBeginning");
    public static final Property hasEnd = ResourceFactory.createProperty(NS + "hasEnd");
    public static final Property inXSDDate = ResourceFactory.createProperty(NS + "inXSDDate");

    private Time() {
    }
}
