package org.newskg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms of the RDF contract. */
public final class Schema {

    public static final String NS = "http://schema.org/";

    public static final Resource Person = type("Person");
    public static final Resource AdministrativeArea = type("AdministrativeArea");
    public static final Resource Country = type("Country");
    public static final Resource Place = type("Place");
    public static final Resource Organization = type("Organization");
    public static final Resource GovernmentOrganization = type("GovernmentOrganization");
    public static final Resource NewsMediaOrganization = type("NewsMediaOrganization");
    public static final Resource Corporation = type("Corporation");
    public static final Resource EducationalOrganization = type("EducationalOrganization");
    public static final Resource Hospital = type("Hospital");
    public static final Resource NewsArticle = type("NewsArticle");
    public static final Resource Event = type("Event");

    public static final Property name = property("name");
    public static final Property headline = property("headline");
    public static final Property alternativeHeadline = property("alternativeHeadline");
    public static final Property datePublished = property("datePublished");
    public static final Property dateCreated = property("dateCreated");
    public static final Property author = property("author");
    public static final Property mentions = property("mentions");
    public static final Property containedInPlace = property("containedInPlace");
    public static final Property location = property("location");
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property identifier = property("identifier");
    public static final Property url = property("url");
    public static final Property publisher = property("publisher");
    public static final Property latitude = property("latitude");
    public static final Property longitude = property("longitude");
    public static final Property articleBody = property("articleBody");
    public static final Property about = property("about");
    public static final Property attendee = property("attendee");

    private Schema() {
    }

    private static Resource type(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
