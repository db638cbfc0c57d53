package org.newskg.extractor.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;

/**
 * The sentences that say why a node or a fact is in the graph, with the article and day they
 * were printed: for an entity the sentences naming it, for a tenure or an event the sentences it
 * was derived from. A few per node, the newest first, for a picture's side panel.
 */
public final class EvidenceSentences {

    /** One sentence; {@code headline} and {@code date} are null when the store has none. */
    public record Sentence(String sentence, String article, String headline, String date) {
    }

    private static final String QUERY = """
            SELECT DISTINCT ?e ?sentence ?a ?headline ?date WHERE {
              { ?m itsrdf:taIdentRef ?e } UNION { ?e prov:wasDerivedFrom ?m }
              ?m nif:sentence ?s . ?s nif:anchorOf ?sentence ; nkg:inArticle ?a .
              OPTIONAL { ?a schema:headline ?headline }
              OPTIONAL { ?a schema:datePublished ?date }
            }""";

    /** Nodes asked about in one query; more go in several, so no query text grows without bound. */
    private static final int BATCH = 500;

    private final Store store;

    public EvidenceSentences(Store store) {
        this.store = store;
    }

    /** Up to {@code perNode} sentences for each of {@code nodes} that has any, by IRI. */
    public Map<String, List<Sentence>> of(Collection<Node> nodes, int perNode) {
        Map<String, Set<Sentence>> found = new LinkedHashMap<>();
        List<Node> batch = new ArrayList<>();
        for (Node n : nodes) {
            if (n.isURI()) {
                batch.add(n);
            }
            if (batch.size() == BATCH) {
                collect(batch, found);
                batch.clear();
            }
        }
        collect(batch, found);
        Map<String, List<Sentence>> result = new LinkedHashMap<>();
        Comparator<Sentence> newestFirst = Comparator.comparing((Sentence s) -> s.date() == null ? "" : s.date()).reversed()
                .thenComparing(Sentence::article).thenComparing(Sentence::sentence);
        found.forEach((iri, sentences) -> result.put(iri, sentences.stream().sorted(newestFirst).limit(perNode).toList()));
        return result;
    }

    private void collect(List<Node> batch, Map<String, Set<Sentence>> found) {
        if (batch.isEmpty()) {
            return;
        }
        if (store.query(QueryTemplates.withValues(QUERY, "e", batch)) instanceof QueryOutcome.Select select) {
            while (select.rows().hasNext()) {
                QuerySolution row = select.rows().next();
                found.computeIfAbsent(row.getResource("e").getURI(), k -> new LinkedHashSet<>())
                        .add(new Sentence(text(row.get("sentence")), row.getResource("a").getURI(),
                                text(row.get("headline")), text(row.get("date"))));
            }
        }
    }

    private static String text(RDFNode node) {
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
