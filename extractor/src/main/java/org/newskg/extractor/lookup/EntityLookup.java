package org.newskg.extractor.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.extractor.graph.EntityReference;
import org.newskg.extractor.graph.EntityResolver;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.newskg.ontology.Prefixes;

/**
 * Finds entities by name and gathers what the store knows about them, for {@code search},
 * {@code describe} and {@code timeline}. Only the {@link Store#query} text interface is used, so
 * the same lookups work against any store. User text reaches a query only as a literal or IRI
 * bound through {@link ParameterizedSparqlString}, which escapes it: a name can never add syntax.
 */
public final class EntityLookup {

    /** Names and aliases of things a user may look up; articles are found through what they mention. */
    private static final String SEARCH = """
            SELECT ?e ?name (SAMPLE(?canon) AS ?canonical) (SAMPLE(?label) AS ?fallback)
                   (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types) (COUNT(DISTINCT ?a) AS ?articles)
            WHERE {
              ?e schema:name|skos:altLabel ?name .
              FILTER(CONTAINS(LCASE(STR(?name)), ?needle))
              OPTIONAL { ?e schema:name ?canon }
              OPTIONAL { ?e rdfs:label ?label }
              OPTIONAL { ?e a ?type }
              OPTIONAL { ?a schema:mentions ?e }
            }
            GROUP BY ?e ?name
            """;



    private static final String NAMES = """
            SELECT ?p ?v WHERE { ?e ?p ?v VALUES ?p { schema:name skos:altLabel rdfs:label rdf:type } }
            """;

    // A post is "held as of" the publication date of the page that says so: the source graph's date.
    private static final String POSTS = """
            SELECT ?post (SAMPLE(?t) AS ?title) (SAMPLE(?o) AS ?org) (MIN(STR(?d)) AS ?first) (MAX(STR(?d)) AS ?last)
            WHERE {
              GRAPH ?g { ?e org:holds ?post . OPTIONAL { ?src a nkg:SourceFile ; schema:datePublished ?d } }
              OPTIONAL { ?post rdfs:label ?t }
              OPTIONAL { ?post org:postIn/schema:name ?o }
            }
            GROUP BY ?post ORDER BY ?first ?title
            """;

    private static final String INFERRED = """
            SELECT DISTINCT ?post ?from ?until ?basis WHERE {
              ?t org:member ?e ; nkg:tenurePost ?post ; nkg:inferredDuring ?i .
              ?i time:hasBeginning/time:inXSDDate ?from .
              OPTIONAL { ?i nkg:inferenceBasis ?basis } OPTIONAL { ?i time:hasEnd/time:inXSDDate ?until }
            }
            ORDER BY ?from
            """;

    private static final String CHANGES = """
            SELECT DISTINCT ?post ?kind ?date WHERE {
              ?t org:member ?e ; nkg:tenurePost ?post . ?c nkg:changeOf ?t ; nkg:changeKind ?kind ; nkg:changeDate ?date .
            }
            ORDER BY ?date ?kind
            """;

    private static final String HOLDERS = """
            SELECT DISTINCT ?p ?person ?title WHERE {
              ?post org:postIn ?e . ?p org:holds ?post .
              OPTIONAL { ?p schema:name ?person } OPTIONAL { ?post rdfs:label ?title }
            }
            ORDER BY ?person ?title
            """;

    private static final String EVENTS = """
            SELECT ?ev (SAMPLE(?n) AS ?name) (SAMPLE(STR(?start)) AS ?date) (MIN(STR(?pub)) AS ?published)
                   (GROUP_CONCAT(DISTINCT ?r; separator=", ") AS ?role) (SAMPLE(?t) AS ?type)
                   (SAMPLE(?placeName) AS ?place) (SAMPLE(?h) AS ?headline)
            WHERE {
              { ?ev nkg:participation ?pn . ?pn nkg:participant ?e . OPTIONAL { ?pn nkg:role ?r0 } BIND(COALESCE(?r0, "participant") AS ?r) }
              UNION { ?ev schema:location ?e BIND("location" AS ?r) }
              OPTIONAL { ?ev schema:name ?n }
              OPTIONAL { ?ev schema:startDate ?start }
              OPTIONAL { ?ev schema:about/schema:datePublished ?pub }
              OPTIONAL { ?ev nkg:eventType ?t }
              OPTIONAL { ?ev schema:location/schema:name ?placeName }
              OPTIONAL { ?ev schema:about ?article . ?article nkg:kicker|schema:headline ?h FILTER(STR(?h) = STR(?n)) }
            }
            GROUP BY ?ev
            """;

    private static final String ARTICLES = """
            SELECT ?a (SAMPLE(?h) AS ?headline) (MIN(STR(?d)) AS ?date) WHERE {
              ?a schema:mentions ?e .
              OPTIONAL { ?a schema:headline ?h }
              OPTIONAL { ?a schema:datePublished ?d }
            }
            GROUP BY ?a ORDER BY ?date ?headline
            """;

    private final Store store;

    public EntityLookup(Store store) {
        this.store = store;
    }

    /** Entities whose name or alias contains {@code text}: exact matches first, then prefixes, then the rest; most mentioned first within each. */
    public List<EntityMatch> search(String text, int limit) {
        String needle = text == null ? "" : text.strip();
        if (needle.isEmpty()) {
            throw new org.newskg.extractor.UserInputException("give some text to search for");
        }
        ParameterizedSparqlString q = query(SEARCH);
        q.setLiteral("needle", needle.toLowerCase(Locale.ROOT));
        Map<String, EntityMatch> best = new LinkedHashMap<>();
        for (QuerySolution row : rows(q)) {
            String iri = row.getResource("e").getURI();
            String matched = text(row, "name");
            String name = Optional.ofNullable(text(row, "canonical")).or(() -> Optional.ofNullable(text(row, "fallback"))).orElse(matched);
            EntityMatch match = new EntityMatch(iri, name, matched, matchOf(matched, needle), types(text(row, "types")),
                    row.getLiteral("articles").getLong());
            best.merge(iri, match, (a, b) -> RANKING.compare(a, b) <= 0 ? a : b);
        }
        return best.values().stream().sorted(RANKING).limit(Math.max(0, limit)).toList();
    }

    private static final Comparator<EntityMatch> RANKING = Comparator
            .comparing(EntityMatch::match)
            // The canonical name matching beats an alias matching equally well.
            .thenComparing(m -> !m.matchedName().equals(m.name()))
            .thenComparing(Comparator.comparingLong(EntityMatch::articles).reversed())
            .thenComparingInt(m -> m.name().length())
            .thenComparing(EntityMatch::name)
            .thenComparing(EntityMatch::iri);

    private static EntityMatch.Match matchOf(String name, String needle) {
        String n = name.toLowerCase(Locale.ROOT);
        String t = needle.toLowerCase(Locale.ROOT);
        if (n.equals(t)) {
            return EntityMatch.Match.EXACT;
        }
        return n.startsWith(t) ? EntityMatch.Match.PREFIX : EntityMatch.Match.CONTAINS;
    }

    /**
     * The entities a user means by {@code nameOrIri} (read by {@link EntityReference#parse}): an
     * IRI if the store uses it, else everything whose name, alias or label is exactly the text,
     * most mentioned first. Empty when nothing matches.
     */
    public List<String> resolve(String nameOrIri) {
        if (nameOrIri == null || nameOrIri.isBlank()) {
            return List.of();
        }
        return new EntityResolver(store).resolve(EntityReference.parse(nameOrIri), true).stream()
                .map(org.apache.jena.graph.Node::getURI).toList();
    }

    /** Describes the best match for {@code nameOrIri}; throws {@link NothingFoundException} when there is none. */
    public EntityDescription describe(String nameOrIri) {
        return describeIri(first(nameOrIri));
    }

    /** Describes one entity by IRI. */
    public EntityDescription describeIri(String iri) {
        String name = null;
        List<String> aliases = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (QuerySolution row : rows(about(NAMES, iri))) {
            String p = row.getResource("p").getURI();
            RDFNode v = row.get("v");
            if (p.endsWith("#type")) {
                types.add(shortForm(v.asResource().getURI()));
            } else if (v.isLiteral()) {
                String s = v.asLiteral().getLexicalForm();
                if (p.equals("http://schema.org/name") && name == null) {
                    name = s;
                } else if (!aliases.contains(s)) {
                    aliases.add(s);
                }
            }
        }
        if (name == null && !aliases.isEmpty()) {
            name = aliases.remove(0);
        }
        String canonical = name;
        aliases.removeIf(a -> a.equals(canonical));
        types.sort(null);

        List<EntityDescription.PostHeld> posts = new ArrayList<>();
        java.util.Map<String, List<EntityDescription.Inferred>> inferred = new java.util.HashMap<>();
        for (QuerySolution row : rows(about(INFERRED, iri))) {
            inferred.computeIfAbsent(row.getResource("post").getURI(), k -> new ArrayList<>())
                    .add(new EntityDescription.Inferred(text(row, "from"), text(row, "until"), text(row, "basis")));
        }
        java.util.Map<String, List<EntityDescription.Change>> changes = new java.util.HashMap<>();
        for (QuerySolution row : rows(about(CHANGES, iri))) {
            changes.computeIfAbsent(row.getResource("post").getURI(), k -> new ArrayList<>())
                    .add(new EntityDescription.Change(text(row, "kind"), text(row, "date")));
        }
        for (QuerySolution row : rows(about(POSTS, iri))) {
            String post = row.getResource("post").getURI();
            posts.add(new EntityDescription.PostHeld(post, text(row, "title"), text(row, "org"), text(row, "first"),
                    text(row, "last"), inferred.getOrDefault(post, List.of()), changes.getOrDefault(post, List.of())));
        }
        List<EntityDescription.PostHolder> holders = new ArrayList<>();
        for (QuerySolution row : rows(about(HOLDERS, iri))) {
            holders.add(new EntityDescription.PostHolder(row.getResource("p").getURI(), text(row, "person"), text(row, "title")));
        }
        List<EntityDescription.EventTaken> events = new ArrayList<>();
        for (QuerySolution row : rows(about(EVENTS, iri))) {
            events.add(new EntityDescription.EventTaken(row.getResource("ev").getURI(), text(row, "name"),
                    EventDates.resolve(text(row, "date"), text(row, "published")), text(row, "role"),
                    text(row, "type"), text(row, "place"), text(row, "headline")));
        }
        events.sort(Comparator.comparing(EntityDescription.EventTaken::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EntityDescription.EventTaken::iri));
        List<EntityDescription.ArticleMention> articles = new ArrayList<>();
        for (QuerySolution row : rows(about(ARTICLES, iri))) {
            articles.add(new EntityDescription.ArticleMention(row.getResource("a").getURI(), text(row, "headline"), text(row, "date")));
        }
        return new EntityDescription(iri, canonical == null ? shortForm(iri) : canonical, aliases, types, posts, holders, events, articles);
    }

    /**
     * The dated facts about the best match for {@code nameOrIri}, oldest first: posts (when first
     * and last seen), events, and the articles mentioning it. Undated facts are left out.
     */
    public List<TimelineEntry> timeline(String nameOrIri) {
        return Timeline.of(describeIri(first(nameOrIri)));
    }

    /** Every name and alias in the store, for completion; events are left out (their names are headlines). */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (QuerySolution row : rows(query("SELECT DISTINCT ?n WHERE { ?e schema:name|skos:altLabel ?n FILTER NOT EXISTS { ?e a schema:Event } } ORDER BY ?n"))) {
            names.add(row.get("n").asLiteral().getLexicalForm());
        }
        return names;
    }

    private String first(String nameOrIri) {
        List<String> found = resolve(nameOrIri);
        if (found.isEmpty()) {
            throw new NothingFoundException(nameOrIri == null ? "" : nameOrIri);
        }
        return found.get(0);
    }

    private static ParameterizedSparqlString query(String template) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(template);
        q.setNsPrefixes(Prefixes.standard());
        return q;
    }

    private static ParameterizedSparqlString about(String template, String iri) {
        ParameterizedSparqlString q = query(template);
        q.setIri("e", iri);
        return q;
    }

    private List<QuerySolution> rows(ParameterizedSparqlString q) {
        ResultSet rs = ((QueryOutcome.Select) store.query(q.toString())).rows();
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null) {
            return null;
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        return node.isURIResource() ? node.asResource().getURI() : node.toString();
    }

    private static List<String> types(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(spaceSeparated.split(" ")).map(EntityLookup::shortForm).sorted().toList();
    }

    static String shortForm(String iri) {
        return Prefixes.standard().shortForm(iri);
    }
}
