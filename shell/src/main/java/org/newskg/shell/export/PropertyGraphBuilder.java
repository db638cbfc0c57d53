package org.newskg.shell.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.ontology.Nif;
import org.newskg.ontology.OntologyResources;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.extractor.lookup.EventDates;
import org.newskg.ontology.Nkg;
import org.newskg.ontology.Org;
import org.newskg.ontology.Schema;

/**
 * Turns RDF into a {@link PropertyGraph}: entities become nodes, links between them edges,
 * literals attributes. The reified parts of the RDF are folded into edges, so pictures show
 * who works where without a node per post: {@code person org:holds post org:postIn org}
 * becomes one edge person→org labelled with the post's title, and an event's participation
 * becomes an edge event→participant labelled with the role.
 */
public final class PropertyGraphBuilder {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node HOLDS = Org.holds.asNode();
    private static final Node POST_IN = Org.postIn.asNode();
    private static final Node POST = Org.Post.asNode();
    private static final Node PARTICIPATION_TYPE = Nkg.Participation.asNode();
    private static final Node PARTICIPATION = Nkg.participation.asNode();
    private static final Node PARTICIPANT = Nkg.participant.asNode();
    private static final Node ROLE = Nkg.role.asNode();
    private static final Node MENTIONS = Schema.mentions.asNode();
    private static final Node DATE_PUBLISHED = Schema.datePublished.asNode();
    private static final Node START_DATE = Schema.startDate.asNode();
    private static final Node ABOUT = Schema.about.asNode();
    private static final Node ARTICLE = Schema.NewsArticle.asNode();
    private static final Node EVENT = Schema.Event.asNode();
    // Inverses and shortcuts of links drawn otherwise: drawing them too would double every edge.
    private static final Set<Node> NOT_DRAWN = Set.of(Org.heldBy.asNode(), Schema.attendee.asNode());

    /** Most specific first: the first a node has is its kind. */
    private static final List<String> KINDS = List.of(
            Schema.Person.getURI(), Schema.NewsArticle.getURI(), Schema.Event.getURI(),
            Schema.AdministrativeArea.getURI(), Schema.Place.getURI(), Schema.Organization.getURI(),
            Nkg.SourceFile.getURI());

    private static final Comparator<Node> BY_TEXT = Comparator.comparing(NodeFmtLib::strNT);

    // Hashed, not sorted: a whole store passes through here quad by quad; order is made where ids are given.
    private final Map<Node, Description> described = new HashMap<>();
    private final Map<Node, String> predicateNames = new HashMap<>();
    private final TenureDates tenures = new TenureDates();
    private final Map<Node, Set<Node>> mentionedBy = new HashMap<>();

    /** Everything said about one subject. */
    private static final class Description {
        final SortedSet<Node> types = new TreeSet<>(BY_TEXT);
        /** Values by predicate, each once, in the order read: a list is a fraction of a sorted set's size. */
        final SortedMap<String, List<String>> literals = new TreeMap<>();
        final Map<Node, Map<Node, SortedSet<String>>> links = new TreeMap<>(BY_TEXT);
        String label;
        String labelLanguage;
    }

    /**
     * Evidence and bookkeeping are for citing, not for drawing: mentions, sentences, tenures and
     * their intervals would bury the picture (a tenure's days go onto its post edge), and the ontology's class declarations are not news.
     */
    private static final Set<Node> NOT_DRAWN_TYPES = Set.of(Nkg.Mention.asNode(), Nif.Sentence.asNode(),
            Nif.Context.asNode(), Nkg.Tenure.asNode(), Nkg.InferredInterval.asNode(),
            org.newskg.ontology.Time.Interval.asNode(), org.newskg.ontology.Time.Instant.asNode());
    private static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(OntologyResources.ONTOLOGY_GRAPH);

    /** Quads read more than once, each time from the start: a copy in memory, or the store streamed again. */
    @FunctionalInterface
    public interface QuadSource {
        void forEach(java.util.function.Consumer<Quad> sink);
    }

    public PropertyGraph build(DatasetGraph data) {
        return build(sink -> data.find().forEachRemaining(sink));
    }

    /**
     * Two passes over the quads: the first learns what is hidden and the dates of tenures, the
     * second keeps what is drawn. Memory grows with the entities drawn, not with the quads read.
     */
    public PropertyGraph build(QuadSource source) {
        Set<Node> hidden = new java.util.HashSet<>();
        source.forEach(q -> {
            if (q.getPredicate().equals(TYPE) && NOT_DRAWN_TYPES.contains(q.getObject())) {
                hidden.add(q.getSubject());
            }
            tenures.learn(q);
        });
        source.forEach(q -> {
            if (!q.getGraph().equals(ONTOLOGY_GRAPH) && !hidden.contains(q.getSubject()) && !hidden.contains(q.getObject())) {
                take(q);
            }
        });
        described.forEach((article, d) -> d.links.getOrDefault(MENTIONS, Map.of()).keySet()
                .forEach(entity -> mentionedBy.computeIfAbsent(entity, k -> new java.util.HashSet<>()).add(article)));
        Map<Node, String> ids = assignIds();
        List<PropertyGraph.Node> nodes = new ArrayList<>();
        ids.forEach((node, id) -> nodes.add(node(node, id)));
        List<PropertyGraph.Edge> edges = new ArrayList<>();
        for (Map.Entry<Node, Description> subject : described.entrySet()) {
            if (!ids.containsKey(subject.getKey())) {
                continue;
            }
            addLinks(subject.getKey(), subject.getValue(), ids, edges);
        }
        edges.sort(Comparator.comparing(PropertyGraph.Edge::source).thenComparing(PropertyGraph.Edge::target)
                .thenComparing(PropertyGraph.Edge::label));
        List<PropertyGraph.Edge> numbered = new ArrayList<>(edges.size());
        for (PropertyGraph.Edge e : edges) {
            numbered.add(new PropertyGraph.Edge("e" + numbered.size(), e.source(), e.target(), e.label(), e.attributes()));
        }
        return new PropertyGraph(nodes, numbered);
    }

    private void take(Quad quad) {
        Description d = described.computeIfAbsent(quad.getSubject(), s -> new Description());
        Node p = quad.getPredicate();
        Node o = quad.getObject();
        if (p.equals(TYPE)) {
            d.types.add(o);
        } else if (o.isLiteral()) {
            if (p.equals(LABEL) && preferredLabel(o, d)) {
                d.label = o.getLiteralLexicalForm();
                d.labelLanguage = o.getLiteralLanguage();
            }
            List<String> values = d.literals.computeIfAbsent(predicateNames.computeIfAbsent(p, TermNames::shortName), k -> new ArrayList<>(1));
            String value = shared(o.getLiteralLexicalForm());
            if (!values.contains(value)) {
                values.add(value);
            }
        } else {
            SortedSet<String> graphs = d.links.computeIfAbsent(p, k -> new TreeMap<>(BY_TEXT))
                    .computeIfAbsent(o, k -> new TreeSet<>());
            if (!quad.isDefaultGraph()) {
                graphs.add(quad.getGraph().getURI());
            }
        }
    }

    /**
     * One copy of each short value (days, kinds, roles): a store read as a stream decodes each
     * occurrence into a string of its own, and a whole store repeats them many times.
     */
    private String shared(String value) {
        return value.length() > SHARED_LENGTH ? value : strings.computeIfAbsent(value, v -> v);
    }

    private static final int SHARED_LENGTH = 24;
    private final Map<String, String> strings = new HashMap<>();

    /** A Chinese label wins over others; among equals the smallest, so the choice is stable. */
    private static boolean preferredLabel(Node literal, Description d) {
        boolean zh = literal.getLiteralLanguage().startsWith("zh");
        boolean currentZh = d.labelLanguage != null && d.labelLanguage.startsWith("zh");
        if (d.label == null || zh && !currentZh) {
            return true;
        }
        return zh == currentZh && literal.getLiteralLexicalForm().compareTo(d.label) < 0;
    }

    private boolean folded(Node node) {
        Description d = described.get(node);
        return d != null && (d.types.contains(POST) || d.types.contains(PARTICIPATION_TYPE));
    }

    /** Every entity gets an id, in sorted order, including link targets the data says nothing more of. */
    private Map<Node, String> assignIds() {
        SortedSet<Node> entities = new TreeSet<>(BY_TEXT);
        described.forEach((subject, d) -> {
            if (!folded(subject)) {
                entities.add(subject);
            }
            d.links.forEach((p, objects) -> {
                if (!NOT_DRAWN.contains(p)) {
                    objects.keySet().stream().filter(o -> !folded(o)).forEach(entities::add);
                }
            });
        });
        Map<Node, String> ids = new LinkedHashMap<>();
        for (Node n : entities) {
            ids.put(n, "n" + ids.size());
        }
        return ids;
    }

    private PropertyGraph.Node node(Node node, String id) {
        Description d = described.getOrDefault(node, new Description());
        SortedMap<String, String> attributes = new TreeMap<>();
        d.literals.forEach((name, values) -> attributes.put(name, String.join(" | ", new TreeSet<>(values))));
        if (!d.types.isEmpty()) {
            attributes.put("rdf:type", String.join(" ", d.types.stream().map(TermNames::shortName).toList()));
        }
        // Posts whose organization is outside this graph cannot become edges: keep their titles.
        List<String> postsWithoutOrganization = new ArrayList<>();
        for (Node post : d.links.getOrDefault(HOLDS, Map.of()).keySet()) {
            if (organizationsOf(post).isEmpty()) {
                postsWithoutOrganization.add(labelOf(post));
            }
        }
        if (!postsWithoutOrganization.isEmpty()) {
            attributes.put("org:holds", String.join(" | ", postsWithoutOrganization));
        }
        String date = dateOf(d);
        putDates(attributes, date, date);
        String label = d.label != null ? d.label : TermNames.localName(node);
        return new PropertyGraph.Node(id, node.isURI() ? node.getURI() : TermNames.shortName(node), label, kind(d), attributes);
    }

    private static String kind(Description d) {
        for (String kind : KINDS) {
            if (d.types.stream().anyMatch(t -> t.isURI() && t.getURI().equals(kind))) {
                return TermNames.localName(org.apache.jena.graph.NodeFactory.createURI(kind));
            }
        }
        return d.types.isEmpty() ? "Resource" : TermNames.localName(d.types.first());
    }

    private void addLinks(Node subject, Description d, Map<Node, String> ids, List<PropertyGraph.Edge> edges) {
        String source = ids.get(subject);
        d.links.forEach((p, objects) -> objects.forEach((o, graphs) -> {
            if (p.equals(HOLDS)) {
                for (Node org : organizationsOf(o)) {
                    if (ids.containsKey(org)) {
                        edges.add(postEdge(subject, o, org, graphs, source, ids.get(org)));
                    }
                }
            } else if (p.equals(PARTICIPATION)) {
                participationEdges(d, o, source, ids, edges);
            } else if (!NOT_DRAWN.contains(p) && ids.containsKey(o)) {
                SortedMap<String, String> attributes = new TreeMap<>();
                attributes.put("predicate", p.getURI());
                if (p.equals(MENTIONS)) {
                    String date = dateOf(d);
                    putDates(attributes, date, date);
                }
                edges.add(new PropertyGraph.Edge(null, source, ids.get(o), TermNames.shortName(p), attributes));
            }
        }));
    }

    private PropertyGraph.Edge postEdge(Node person, Node post, Node org, SortedSet<String> graphs,
                                        String source, String target) {
        SortedMap<String, String> attributes = new TreeMap<>();
        attributes.put("predicate", HOLDS.getURI());
        attributes.put("post", post.getURI());
        attributes.put("title", labelOf(post));
        if (!graphs.isEmpty()) {
            attributes.put("source", String.join(" ", graphs));
        }
        // The RDF does not say which article stated the holding: the articles naming both are the evidence.
        SortedSet<String> articles = new TreeSet<>();
        SortedSet<String> dates = new TreeSet<>();
        for (Node article : mentionedBy.getOrDefault(person, Set.of())) {
            if (mentionedBy.getOrDefault(org, Set.of()).contains(article)) {
                articles.add(article.getURI());
                dates.addAll(described.get(article).literals.getOrDefault(TermNames.shortName(DATE_PUBLISHED), List.of()));
            }
        }
        if (!articles.isEmpty()) {
            attributes.put("articles", String.join(" ", articles));
        }
        if (!dates.isEmpty()) {
            attributes.put("asOf", dates.last());
        }
        TenureDates.Span span = tenures.of(person, post);
        if (span != null) {
            attributes.put("tenure", span.tenure().getURI());
            putDates(attributes, span.start(), span.end());
            attributes.put("dates", span.basis());
        } else if (!dates.isEmpty()) {
            // No tenure in the data: the articles naming both still date the holding.
            putDates(attributes, dates.first(), dates.last());
            attributes.put("dates", "attested");
        }
        return new PropertyGraph.Edge(null, source, target, labelOf(post), attributes);
    }

    private void participationEdges(Description eventDescription, Node participation, String event, Map<Node, String> ids, List<PropertyGraph.Edge> edges) {
        Description d = described.get(participation);
        if (d == null) {
            return;
        }
        String role = String.join(" | ", new TreeSet<>(d.literals.getOrDefault(TermNames.shortName(ROLE), List.of())));
        for (Node who : d.links.getOrDefault(PARTICIPANT, Map.of()).keySet()) {
            if (ids.containsKey(who)) {
                SortedMap<String, String> attributes = new TreeMap<>();
                attributes.put("predicate", PARTICIPANT.getURI());
                attributes.put("role", role);
                String date = dateOf(eventDescription);
                putDates(attributes, date, date);
                edges.add(new PropertyGraph.Edge(null, event, ids.get(who), role.isEmpty() ? "nkg:participant" : role, attributes));
            }
        }
    }

    /**
     * The day an article was published or an event took place (completed from its article when
     * the page gave no year); null for other nodes.
     */
    private String dateOf(Description d) {
        if (d == null) {
            return null;
        }
        if (d.types.contains(ARTICLE)) {
            return first(d.literals.get(TermNames.shortName(DATE_PUBLISHED)));
        }
        if (d.types.contains(EVENT)) {
            String published = null;
            for (Node article : d.links.getOrDefault(ABOUT, Map.of()).keySet()) {
                Description a = described.get(article);
                published = a == null ? published : first(a.literals.get(TermNames.shortName(DATE_PUBLISHED)));
            }
            return EventDates.resolve(first(d.literals.get(TermNames.shortName(START_DATE))), published);
        }
        return null;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : java.util.Collections.min(values);
    }

    /** {@code start} and {@code end} as ISO days, the attributes Gephi's timeline and the page's slider read. */
    private static void putDates(SortedMap<String, String> attributes, String start, String end) {
        if (start != null && start.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            attributes.put("start", start.substring(0, 10));
        }
        if (end != null && end.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            attributes.put("end", end.substring(0, 10));
        }
    }

    private Set<Node> organizationsOf(Node post) {
        Description d = described.get(post);
        return d == null ? Set.of() : d.links.getOrDefault(POST_IN, new HashMap<>()).keySet();
    }

    private String labelOf(Node node) {
        Description d = described.get(node);
        return d != null && d.label != null ? d.label : TermNames.localName(node);
    }
}
