package org.newskg.shell.export;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The knowledge graph as graph tools see it: nodes and labelled edges, each with string
 * attributes. Ids are short ({@code n0}, {@code e0}) because GraphML and DOT restrict ids; the
 * IRI is an attribute.
 */
public record PropertyGraph(List<Node> nodes, List<Edge> edges) {

    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * @param kind       the main type, for colouring ({@code Person}, {@code Organization} …)
     * @param attributes literal values and the like, by the predicate's prefixed name
     */
    public record Node(String id, String iri, String label, String kind, SortedMap<String, String> attributes) {
    }

    public record Edge(String id, String source, String target, String label, SortedMap<String, String> attributes) {
    }

    public SortedSet<String> nodeAttributeNames() {
        SortedSet<String> names = new TreeSet<>();
        nodes.forEach(n -> names.addAll(n.attributes().keySet()));
        return names;
    }

    public SortedSet<String> edgeAttributeNames() {
        SortedSet<String> names = new TreeSet<>();
        edges.forEach(e -> names.addAll(e.attributes().keySet()));
        return names;
    }
}
