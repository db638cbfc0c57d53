package org.newskg.extractor.graph;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;

/**
 * The entities within a number of hops of some centres, in either direction. A post held is one
 * hop from person to organization, as the pictures draw it, though it is two links in RDF.
 */
public final class Neighbourhood {

    private static final String NEIGHBOURS = """
            SELECT DISTINCT ?n WHERE {
              { ?x ?p ?n FILTER (isIRI(?n) && ?p != rdf:type) }
              UNION { ?n ?p ?x FILTER (isIRI(?n)) }
              UNION { ?x org:holds/org:postIn ?n }
              UNION { ?n org:holds/org:postIn ?x }
              UNION { ?x nkg:participation/nkg:participant ?n }
            }""";

    /**
     * The same, without the evidence: mentions, sentences and page contexts are most of a store's
     * nodes and none of them is drawn, so a picture fetched hop by hop leaves them out.
     */
    private static final String ENTITY_NEIGHBOURS = NEIGHBOURS.substring(0, NEIGHBOURS.lastIndexOf('}'))
            + "  FILTER NOT EXISTS { ?n a ?evidence VALUES ?evidence { nkg:Mention nif:Sentence nif:Context } }\n}";

    // A person's tenures carry the dates of the posts they held: they come along with the posts.
    private static final String POSTS = "SELECT DISTINCT ?post WHERE { { ?x org:holds ?post } UNION { ?post org:member ?x } }";

    private static final String INTERVALS = """
            SELECT DISTINCT ?n WHERE {
              { ?x org:memberDuring|nkg:inferredDuring ?n }
              UNION { ?x org:memberDuring|nkg:inferredDuring ?i . ?i time:hasBeginning|time:hasEnd ?n }
            }""";

    private final Store store;
    private final String neighbourQuery;

    public Neighbourhood(Store store) {
        this(store, NEIGHBOURS);
    }

    private Neighbourhood(Store store, String neighbours) {
        this.store = store;
        this.neighbourQuery = neighbours;
    }

    /** Neighbourhoods of the entities alone, for pictures: no mention, sentence or page context is reached. */
    public static Neighbourhood ofEntities(Store store) {
        return new Neighbourhood(store, ENTITY_NEIGHBOURS);
    }

    /** The centres and everything at most {@code depth} hops from them. */
    public Set<Node> around(Collection<Node> centres, int depth) {
        Set<Node> reached = new LinkedHashSet<>(centres);
        Set<Node> frontier = new LinkedHashSet<>(centres);
        for (int hop = 0; hop < depth && !frontier.isEmpty(); hop++) {
            Set<Node> next = new LinkedHashSet<>();
            for (Node n : neighbours(frontier)) {
                if (reached.add(n)) {
                    next.add(n);
                }
            }
            frontier = next;
        }
        // Posts are how a person links to an organization, not places of their own: the posts of
        // everyone reached come along, so the edge between two reached nodes is never lost.
        Set<Node> posts = select(QueryTemplates.withValues(POSTS, "x", reached), "post");
        reached.addAll(posts);
        // A tenure's stated and inferred intervals, and their instants, date the posts drawn.
        if (!posts.isEmpty()) {
            reached.addAll(select(QueryTemplates.withValues(INTERVALS, "x", posts), "n"));
        }
        return reached;
    }

    private Set<Node> neighbours(Collection<Node> nodes) {
        return select(QueryTemplates.withValues(neighbourQuery, "x", nodes), "n");
    }

    private Set<Node> select(String query, String variable) {
        Set<Node> found = new LinkedHashSet<>();
        if (store.query(query) instanceof QueryOutcome.Select select) {
            select.rows().forEachRemaining(row -> {
                if (row.contains(variable)) {
                    found.add(row.get(variable).asNode());
                }
            });
        }
        return found;
    }
}
