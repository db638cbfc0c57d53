package org.newskg.extractor.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;

/**
 * What the store says about one source file, read back through the SPARQL contract of DESIGN.md
 * only — the way a user's query would see it — and reduced to what the gold scores.
 */
public record PredictedDocument(List<GoldDocument.Thing> persons, List<GoldDocument.Thing> regions,
                                List<GoldDocument.Thing> organizations, List<GoldDocument.Pair> posts,
                                Set<String> dates, List<GoldDocument.GoldEvent> events) {

    private static final String SEP = "\u001f";

    public static PredictedDocument read(Store store, String graphIri) {
        return new PredictedDocument(
                things(store, graphIri, "schema:Person"),
                things(store, graphIri, "schema:AdministrativeArea"),
                things(store, graphIri, "schema:Organization"),
                posts(store, graphIri),
                dates(store, graphIri),
                events(store, graphIri));
    }

    /** Things of a type that some article of the graph mentions, with their names and aliases. */
    private static List<GoldDocument.Thing> things(Store store, String g, String type) {
        String q = "SELECT ?x ?name (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR='" + SEP + "') AS ?alts) WHERE { GRAPH <" + g + "> {"
                + " ?a schema:mentions ?x . ?x a " + type + " ; schema:name ?name ."
                + " OPTIONAL { ?x skos:altLabel ?alt } } } GROUP BY ?x ?name";
        Map<String, GoldDocument.Thing> byNode = new LinkedHashMap<>();
        for (QuerySolution row : rows(store, q)) {
            Set<String> names = new LinkedHashSet<>();
            String name = row.getLiteral("name").getString();
            names.add(name);
            names.addAll(split(row, "alts"));
            byNode.putIfAbsent(row.getResource("x").getURI(), new GoldDocument.Thing(name, names));
        }
        return new ArrayList<>(byNode.values());
    }

    private static List<GoldDocument.Pair> posts(Store store, String g) {
        String q = "SELECT ?name ?post (GROUP_CONCAT(DISTINCT ?l; SEPARATOR='" + SEP + "') AS ?labels) WHERE { GRAPH <" + g + "> {"
                + " ?p a schema:Person ; schema:name ?name ; org:holds ?post ."
                + " { ?post rdfs:label ?l } UNION { ?post skos:altLabel ?l } } } GROUP BY ?name ?post";
        List<GoldDocument.Pair> pairs = new ArrayList<>();
        for (QuerySolution row : rows(store, q)) {
            pairs.add(new GoldDocument.Pair(row.getLiteral("name").getString(), new LinkedHashSet<>(split(row, "labels"))));
        }
        return pairs;
    }

    private static Set<String> dates(Store store, String g) {
        String q = "SELECT DISTINCT ?d WHERE { GRAPH <" + g + "> { ?a nkg:mentionsDate ?d FILTER(datatype(?d) = xsd:date) } }";
        Set<String> dates = new LinkedHashSet<>();
        rows(store, q).forEach(row -> dates.add(row.getLiteral("d").getLexicalForm()));
        return dates;
    }

    private static List<GoldDocument.GoldEvent> events(Store store, String g) {
        String q = "SELECT ?e ?type ?date (GROUP_CONCAT(DISTINCT ?who; SEPARATOR='" + SEP + "') AS ?names) WHERE { GRAPH <" + g + "> {"
                + " ?e a schema:Event . OPTIONAL { ?e nkg:eventType ?type } OPTIONAL { ?e schema:startDate ?date }"
                + " OPTIONAL { ?e nkg:participation/nkg:participant/schema:name ?who } } } GROUP BY ?e ?type ?date";
        List<GoldDocument.GoldEvent> events = new ArrayList<>();
        for (QuerySolution row : rows(store, q)) {
            String type = row.contains("type") ? row.getLiteral("type").getString() : "other";
            String date = row.contains("date") ? row.getLiteral("date").getLexicalForm() : null;
            events.add(new GoldDocument.GoldEvent(type, date, new HashSet<>(split(row, "names"))));
        }
        return events;
    }

    private static List<String> split(QuerySolution row, String var) {
        if (!row.contains(var) || row.getLiteral(var).getString().isEmpty()) {
            return List.of();
        }
        return Arrays.asList(row.getLiteral(var).getString().split(SEP));
    }

    private static List<QuerySolution> rows(Store store, String sparql) {
        ResultSet rs = ((QueryOutcome.Select) store.query(sparql)).rows();
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }
}
