package org.newskg.shell.export;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.ontology.Prefixes;

/**
 * Writes Turtle and TriG in one fixed order — graphs, subjects, predicates and objects sorted —
 * so two exports of the same store are byte-identical and two exports of similar stores diff
 * line by line. Jena's pretty writers keep the store's internal order, which depends on the
 * order files were ingested in.
 */
public final class SortedTurtleWriter {

    // Type and label first: a reader of the file sees what a subject is before its details.
    private static final List<Node> PREDICATES_FIRST = List.of(RDF.type.asNode(), RDFS.label.asNode());

    private static final Comparator<Node> BY_TEXT = Comparator.comparing(NodeFmtLib::strNT);
    private static final Comparator<Node> PREDICATE_ORDER = Comparator
            .comparingInt((Node p) -> {
                int i = PREDICATES_FIRST.indexOf(p);
                return i < 0 ? PREDICATES_FIRST.size() : i;
            })
            .thenComparing(BY_TEXT);

    private final PrefixMap prefixes = PrefixMapFactory.create(Prefixes.standard());
    private final NodeFormatter formatter = new NodeFormatterTTL(null, prefixes);

    /** Turtle: the default graph and all named graphs merged. */
    public void writeTurtle(DatasetGraph data, OutputStream out) {
        AWriter w = IO.wrapUTF8(out);
        writePrefixes(w);
        Graph merged = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(q -> merged.add(q.asTriple()));
        writeTriples(w, merged, "");
        w.flush();
    }

    /** TriG: a block per graph, the default graph first. */
    public void writeTrig(DatasetGraph data, OutputStream out) {
        AWriter w = IO.wrapUTF8(out);
        writePrefixes(w);
        if (!data.getDefaultGraph().isEmpty()) {
            writeTriples(w, data.getDefaultGraph(), "");
        }
        SortedSet<Node> graphs = new TreeSet<>(BY_TEXT);
        data.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) {
            w.write("\n");
            formatter.format(w, g);
            w.write(" {\n");
            writeTriples(w, data.getGraph(g), "    ");
            w.write("}\n");
        }
        w.flush();
    }

    private void writePrefixes(AWriter w) {
        new TreeMap<>(prefixes.getMapping()).forEach((prefix, ns) ->
                w.write("@prefix " + prefix + ": <" + ns + "> .\n"));
    }

    private void writeTriples(AWriter w, Graph graph, String indent) {
        SortedMap<Node, SortedMap<Node, SortedSet<Node>>> bySubject = new TreeMap<>(BY_TEXT);
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            Triple t = it.next();
            bySubject.computeIfAbsent(t.getSubject(), s -> new TreeMap<>(PREDICATE_ORDER))
                    .computeIfAbsent(t.getPredicate(), p -> new TreeSet<>(BY_TEXT))
                    .add(t.getObject());
        }
        for (Map.Entry<Node, SortedMap<Node, SortedSet<Node>>> subject : bySubject.entrySet()) {
            w.write("\n");
            w.write(indent);
            formatter.format(w, subject.getKey());
            String separator = " ";
            for (Map.Entry<Node, SortedSet<Node>> predicate : subject.getValue().entrySet()) {
                w.write(separator);
                if (predicate.getKey().equals(RDF.type.asNode())) {
                    w.write("a");
                } else {
                    formatter.format(w, predicate.getKey());
                }
                String objectSeparator = " ";
                for (Node object : predicate.getValue()) {
                    w.write(objectSeparator);
                    formatter.format(w, object);
                    objectSeparator = " ,\n" + indent + "        ";
                }
                separator = " ;\n" + indent + "    ";
            }
            w.write(" .\n");
        }
    }
}
