package org.newskg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Organization Ontology terms of the RDF contract. */
public final class Org {

    public static final String NS = "http://www.w3.org/ns/org#";

    public static final Resource Post = ResourceFactory.createResource(NS + "Post");
    public static final Resource Membership = ResourceFactory.createResource(NS + "Membership");

    public static final Property holds = ResourceFactory.createProperty(NS + "holds");
    public static final Property heldBy = ResourceFactory.createProperty(NS + "heldBy");
    public static final Property postIn = ResourceFactory.createProperty(NS + "postIn");
    public static final Property subOrganizationOf = ResourceFactory.createProperty(NS + "subOrganizationOf");
    public static final Property role = ResourceFactory.createProperty(NS + "role");
    public static final Property member = ResourceFactory.createProperty(NS + "member");
    public static final Property organization = ResourceFactory.createProperty(NS + "organization");
    public static final Property memberDuring = ResourceFactory.createProperty(NS + "memberDuring");

    private Org() {
    }
}
