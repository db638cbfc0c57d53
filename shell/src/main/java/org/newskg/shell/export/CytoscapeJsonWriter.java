package org.newskg.shell.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Cytoscape.js elements JSON ({@code {"elements": {"nodes": [{"data": …}], "edges": […]}}}),
 * which Cytoscape desktop imports too; attributes sit beside id and label in {@code data}.
 */
public final class CytoscapeJsonWriter implements GraphToolWriter {

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeElements(graph, w);
        w.write("\n");
        w.flush();
    }

    /** The JSON object alone, for pages that embed it. */
    void writeElements(PropertyGraph graph, Writer w) throws IOException {
        w.write("{\"elements\": {\n\"nodes\": [");
        String separator = "\n";
        for (PropertyGraph.Node n : graph.nodes()) {
            w.write(separator);
            w.write("  {\"data\": {\"id\": " + JsonText.quoted(n.id()) + ", \"label\": " + JsonText.quoted(n.label())
                    + ", \"kind\": " + JsonText.quoted(n.kind()) + ", \"iri\": " + JsonText.quoted(n.iri())
                    + members(n.attributes()) + "}}");
            separator = ",\n";
        }
        w.write("\n],\n\"edges\": [");
        separator = "\n";
        for (PropertyGraph.Edge e : graph.edges()) {
            w.write(separator);
            w.write("  {\"data\": {\"id\": " + JsonText.quoted(e.id()) + ", \"source\": " + JsonText.quoted(e.source())
                    + ", \"target\": " + JsonText.quoted(e.target()) + ", \"label\": " + JsonText.quoted(e.label())
                    + members(e.attributes()) + "}}");
            separator = ",\n";
        }
        w.write("\n]}}");
    }

    private static String members(Map<String, String> attributes) {
        StringBuilder sb = new StringBuilder();
        attributes.forEach((name, value) -> {
            if (!RESERVED.contains(name)) {
                sb.append(", ").append(JsonText.quoted(name)).append(": ").append(JsonText.quoted(value));
            }
        });
        return sb.toString();
    }

    // An RDF attribute must not overwrite the fields Cytoscape.js reads.
    private static final java.util.Set<String> RESERVED = java.util.Set.of("id", "source", "target", "label", "kind", "iri");
}
