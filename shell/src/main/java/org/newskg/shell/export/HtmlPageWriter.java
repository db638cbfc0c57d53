package org.newskg.shell.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.graph.EvidenceSentences;

/**
 * One self-contained HTML page to explore the graph with d3: the library and the data are
 * inlined, so the page opens offline and can be mailed as one file. Served by {@code serve}, the
 * same page asks the store for more as the reader opens nodes.
 */
public final class HtmlPageWriter implements GraphToolWriter {

    /** A browser draws a few thousand nodes at most; a larger page is refused with advice. */
    public static final int MOST_NODES = 5_000;

    private static final Pattern SCRIPT_END = Pattern.compile("(?i)</script");

    /**
     * What the page knows beyond the graph.
     *
     * @param focus    IRIs the first view starts from; none means the most connected entities
     * @param evidence sentences by node or tenure IRI, for the side panel
     * @param live     the URL prefix of the store's explorer endpoint, or null for a page that stands alone
     */
    public record Explorer(List<String> focus, Map<String, List<EvidenceSentences.Sentence>> evidence, String live) {

        public static Explorer none() {
            return new Explorer(List.of(), Map.of(), null);
        }
    }

    private final Explorer explorer;

    public HtmlPageWriter() {
        this(Explorer.none());
    }

    public HtmlPageWriter(Explorer explorer) {
        this.explorer = explorer;
    }

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        if (graph.nodes().size() > MOST_NODES) {
            throw new UserInputException(String.format(java.util.Locale.ROOT,
                    "the page would hold %,d nodes, more than a browser draws (%,d): choose a part with --around,"
                            + " --from/--to or --graph, or explore the whole store with 'serve'",
                    graph.nodes().size(), MOST_NODES));
        }
        String template = template();
        StringWriter data = new StringWriter();
        new CytoscapeJsonWriter().writeElements(graph, data);
        // The library must not end its own script element early.
        String d3 = SCRIPT_END.matcher(WebJarScript.read("org.webjars.npm", "d3", "dist/d3.min.js")).replaceAll("<\\\\/script");
        String page = fill(template, Map.of("/*D3*/", d3, "/*GRAPH*/", data.toString(), "/*COLOURS*/", colours(),
                "/*EXPLORER*/", explorerJson()));
        out.write(page.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Fills each placeholder once, left to right, so text put in is never searched for placeholders. */
    private static String fill(String template, Map<String, String> values) throws IOException {
        StringBuilder page = new StringBuilder(template.length() + values.values().stream().mapToInt(String::length).sum());
        int at = 0;
        while (true) {
            int next = -1;
            String placeholder = null;
            for (String p : values.keySet()) {
                int i = template.indexOf(p, at);
                if (i >= 0 && (next < 0 || i < next)) {
                    next = i;
                    placeholder = p;
                }
            }
            if (placeholder == null) {
                return page.append(template, at, template.length()).toString();
            }
            page.append(template, at, next).append(values.get(placeholder));
            at = next + placeholder.length();
        }
    }

    private String explorerJson() {
        StringBuilder sb = new StringBuilder("{\"focus\": [");
        sb.append(String.join(", ", explorer.focus().stream().map(JsonText::quoted).toList()));
        sb.append("],\n\"live\": ").append(explorer.live() == null ? "null" : JsonText.quoted(explorer.live()));
        sb.append(",\n\"evidence\": {");
        String separator = "\n";
        for (Map.Entry<String, List<EvidenceSentences.Sentence>> e : new TreeMap<>(explorer.evidence()).entrySet()) {
            sb.append(separator).append(JsonText.quoted(e.getKey())).append(": ").append(sentences(e.getValue()));
            separator = ",\n";
        }
        return sb.append("}}").toString();
    }

    /** Sentences as a JSON array, for the page and for the served endpoint. */
    static String sentences(List<EvidenceSentences.Sentence> sentences) {
        StringBuilder sb = new StringBuilder("[");
        String separator = "";
        for (EvidenceSentences.Sentence s : sentences) {
            sb.append(separator).append("{\"sentence\": ").append(JsonText.quoted(s.sentence()))
                    .append(", \"article\": ").append(JsonText.quoted(s.article()))
                    .append(", \"headline\": ").append(s.headline() == null ? "null" : JsonText.quoted(s.headline()))
                    .append(", \"date\": ").append(s.date() == null ? "null" : JsonText.quoted(s.date())).append('}');
            separator = ", ";
        }
        return sb.append(']').toString();
    }

    private static String colours() {
        StringBuilder sb = new StringBuilder("{");
        String separator = "";
        for (Map.Entry<String, String> c : new TreeMap<>(NodeColours.all()).entrySet()) {
            sb.append(separator).append(JsonText.quoted(c.getKey())).append(": ").append(JsonText.quoted(c.getValue()));
            separator = ", ";
        }
        return sb.append('}').toString();
    }

    private static String template() throws IOException {
        try (InputStream in = HtmlPageWriter.class.getResourceAsStream("graph-page.html")) {
            if (in == null) {
                throw new IOException("the newskg jar lacks the page template: rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
