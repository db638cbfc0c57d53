package org.newskg.ontology;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes every query may use without declaring them, and every export declares. */
public final class Prefixes {

    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("schema", Schema.NS)
            .setNsPrefix("org", Org.NS)
            .setNsPrefix("prov", Prov.NS)
            .setNsPrefix("time", Time.NS)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("nif", Nif.NS)
            .setNsPrefix("itsrdf", Nif.ITSRDF_NS)
            .setNsPrefix("nkg", Nkg.NS)
            .setNsPrefix("nkgid", Nkg.ID)
            .lock();

    private Prefixes() {
    }

    /** A locked mapping; copy it with {@code PrefixMapping.Factory.create().setNsPrefixes(…)} to extend. */
    public static PrefixMapping standard() {
        return STANDARD;
    }

    /** The mapping as SPARQL {@code PREFIX} lines, to put before a user's query. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        STANDARD.getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }

}
