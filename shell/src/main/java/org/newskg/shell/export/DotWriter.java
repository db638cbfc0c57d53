package org.newskg.shell.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Graphviz DOT; literal attributes stay on the nodes, where Graphviz ignores them but other DOT readers keep them. */
public final class DotWriter implements GraphToolWriter {

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("digraph newskg {\n");
        w.write("  graph [charset=\"UTF-8\", overlap=false, splines=true];\n");
        w.write("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"sans-serif\"];\n");
        w.write("  edge [fontname=\"sans-serif\", fontsize=9];\n");
        for (PropertyGraph.Node n : graph.nodes()) {
            w.write("  " + n.id() + " [label=" + quoted(n.label()) + ", fillcolor=" + quoted(NodeColours.of(n.kind()))
                    + ", tooltip=" + quoted(n.iri()) + ", kind=" + quoted(n.kind()) + attributes(n.attributes()) + "];\n");
        }
        for (PropertyGraph.Edge e : graph.edges()) {
            w.write("  " + e.source() + " -> " + e.target() + " [label=" + quoted(e.label()) + attributes(e.attributes()) + "];\n");
        }
        w.write("}\n");
        w.flush();
    }

    private static String attributes(Map<String, String> attributes) {
        StringBuilder sb = new StringBuilder();
        attributes.forEach((name, value) -> sb.append(", ").append(quoted(name)).append('=').append(quoted(value)));
        return sb.toString();
    }

    /** A DOT quoted string: only the quote needs escaping, but a backslash would start an escape sequence. */
    static String quoted(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
        return "\"" + escaped + "\"";
    }
}
