package org.newskg.shell.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One self-contained HTML page that draws the graph with d3: the library and the data are
 * inlined, so the page opens offline and can be mailed as one file.
 */
public final class HtmlPageWriter implements GraphToolWriter {

    private static final Pattern SCRIPT_END = Pattern.compile("(?i)</script");

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        String template = template();
        StringWriter data = new StringWriter();
        new CytoscapeJsonWriter().writeElements(graph, data);
        // The library must not end its own script element early.
        String d3 = SCRIPT_END.matcher(WebJarScript.read("org.webjars.npm", "d3", "dist/d3.min.js")).replaceAll("<\\\\/script");
        String page = fill(template, Map.of("/*D3*/", d3, "/*GRAPH*/", data.toString(), "/*COLOURS*/", colours()));
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
