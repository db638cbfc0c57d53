package org.newskg.extractor.inference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.newskg.ontology.Nkg;
import org.newskg.ontology.Prov;
import org.newskg.ontology.Time;

/**
 * The store-level step after ingest: reads every tenure's evidence from the union of the source
 * graphs, infers the interval each spans ({@link TenureTimeline}) and writes them into a graph of
 * their own, {@link #GRAPH}, replaced whole each time. Its output depends only on the source
 * graphs, so running it again, or ingesting the same files again, leaves the store as it was.
 */
public final class TenureInference {

    /** The graph the inferred intervals live in; no source file's. */
    public static final String GRAPH = Nkg.ID + "inferred/tenures";
    /** What generated the intervals (prov:wasGeneratedBy). */
    static final String ACTIVITY = Nkg.NS + "tenureInference";

    private final SingleHolderRoles roles;

    public TenureInference() {
        this(SingleHolderRoles.fromOntology());
    }

    TenureInference(SingleHolderRoles roles) {
        this.roles = roles;
    }

    /** Re-infers every tenure's interval and replaces the graph; returns how many intervals it wrote. */
    public int refresh(Store store) {
        List<InferredInterval> intervals = TenureTimeline.infer(evidence(store));
        store.replaceGraph(GRAPH, graph(intervals));
        return intervals.size();
    }

    /** Whether the store holds the inferred graph (a run killed before its end leaves none). */
    public static boolean isPresent(Store store) {
        return ((QueryOutcome.Ask) store.query("ASK { GRAPH <" + GRAPH + "> { ?s ?p ?o } }")).answer();
    }

    List<TenureEvidence> evidence(Store store) {
        Map<String, String[]> tenures = new HashMap<>();
        Map<String, Map<String, TreeSet<LocalDate>>> dates = new HashMap<>();
        for (QuerySolution row : rows(store, """
                SELECT ?t ?post ?title ?role ?org WHERE {
                  ?t a nkg:Tenure ; nkg:tenurePost ?post .
                  ?post rdfs:label ?title .
                  OPTIONAL { ?post org:role ?role } OPTIONAL { ?post org:postIn ?org }
                }""")) {
            String t = row.getResource("t").getURI();
            boolean single = roles.isSingleHolder(row.contains("role") ? row.getLiteral("role").getString() : null,
                    row.getLiteral("title").getString(), row.contains("org"));
            tenures.merge(t, new String[] {row.getResource("post").getURI(), Boolean.toString(single)},
                    (a, b) -> a[1].equals("true") && b[1].equals("true") ? a : new String[] {a[0], "false"});
        }
        collect(store, dates, "attested", """
                SELECT DISTINCT ?t ?d WHERE {
                  ?t a nkg:Tenure ; nkg:attestedBy ?a .
                  OPTIONAL { ?a schema:dateCreated ?created } OPTIONAL { ?a schema:datePublished ?published }
                  BIND(COALESCE(?created, ?published) AS ?d) FILTER(BOUND(?d) && DATATYPE(?d) = xsd:date)
                  FILTER NOT EXISTS { ?t nkg:attestedFormerOn ?d }
                }""");
        collect(store, dates, "begins", "SELECT DISTINCT ?t ?d WHERE { ?t org:memberDuring/time:hasBeginning/time:inXSDDate ?d }");
        collect(store, dates, "ends", "SELECT DISTINCT ?t ?d WHERE { ?t org:memberDuring/time:hasEnd/time:inXSDDate ?d }");
        collect(store, dates, "former", "SELECT DISTINCT ?t ?d WHERE { ?t nkg:attestedFormerOn ?d }");
        List<TenureEvidence> out = new ArrayList<>();
        tenures.forEach((t, post) -> {
            Map<String, TreeSet<LocalDate>> d = dates.getOrDefault(t, Map.of());
            out.add(new TenureEvidence(t, post[0], Boolean.parseBoolean(post[1]),
                    d.getOrDefault("attested", new TreeSet<>()), d.getOrDefault("begins", new TreeSet<>()),
                    d.getOrDefault("ends", new TreeSet<>()), d.getOrDefault("former", new TreeSet<>())));
        });
        return out;
    }

    private static void collect(Store store, Map<String, Map<String, TreeSet<LocalDate>>> dates, String kind, String query) {
        for (QuerySolution row : rows(store, query)) {
            LocalDate d;
            try {
                d = LocalDate.parse(row.getLiteral("d").getLexicalForm());
            } catch (java.time.format.DateTimeParseException e) {
                continue;
            }
            dates.computeIfAbsent(row.getResource("t").getURI(), k -> new HashMap<>())
                    .computeIfAbsent(kind, k -> new TreeSet<>()).add(d);
        }
    }

    private static List<QuerySolution> rows(Store store, String query) {
        ResultSet rs = ((QueryOutcome.Select) store.query(query)).rows();
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    static Graph graph(List<InferredInterval> intervals) {
        Graph g = GraphFactory.createDefaultGraph();
        for (InferredInterval i : intervals) {
            Node tenure = NodeFactory.createURI(i.tenure());
            String iri = i.tenure() + "/inferred/" + i.begin();
            Node interval = NodeFactory.createURI(iri);
            add(g, tenure, Nkg.inferredDuring.asNode(), interval);
            add(g, interval, RDF.type.asNode(), Nkg.InferredInterval.asNode());
            add(g, interval, RDF.type.asNode(), Time.Interval.asNode());
            add(g, interval, Nkg.inferenceBasis.asNode(), NodeFactory.createLiteralString(i.basis()));
            add(g, interval, Prov.wasGeneratedBy.asNode(), NodeFactory.createURI(ACTIVITY));
            instant(g, interval, Time.hasBeginning.asNode(), iri + "/begin", i.begin());
            if (i.end() != null) {
                instant(g, interval, Time.hasEnd.asNode(), iri + "/end", i.end());
            }
        }
        return g;
    }

    private static void instant(Graph g, Node interval, Node p, String iri, LocalDate d) {
        Node instant = NodeFactory.createURI(iri);
        add(g, interval, p, instant);
        add(g, instant, RDF.type.asNode(), Time.Instant.asNode());
        add(g, instant, Time.inXSDDate.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate));
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
