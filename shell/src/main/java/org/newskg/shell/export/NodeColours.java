package org.newskg.shell.export;

import java.util.Map;

/** One colour per kind of node, the same in the DOT and HTML pictures. */
final class NodeColours {

    private static final Map<String, String> BY_KIND = Map.of(
            "Person", "#f4a582",
            "Organization", "#92c5de",
            "AdministrativeArea", "#a6dba0",
            "Place", "#d9f0d3",
            "NewsArticle", "#e0e0e0",
            "Event", "#fddbc7",
            "SourceFile", "#bababa");

    private NodeColours() {
    }

    static String of(String kind) {
        return BY_KIND.getOrDefault(kind, "#ffffff");
    }

    static Map<String, String> all() {
        return BY_KIND;
    }
}
