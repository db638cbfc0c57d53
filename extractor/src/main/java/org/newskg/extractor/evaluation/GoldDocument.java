package org.newskg.extractor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.UserInputException;

/**
 * One page's human annotation (data/gold/GUIDELINES.md), reduced to what is scored: sets of
 * distinct things per category, each thing with every name it may be found under.
 */
public record GoldDocument(String doc, List<Thing> persons, List<Thing> regions, List<Thing> organizations,
                           List<Pair> posts, Set<String> dates, List<GoldEvent> events, Set<String> doubtful) {

    /** A real thing: its canonical name and the other names the page uses for it. */
    public record Thing(String name, Set<String> names) {
    }

    /** A post held: the person's name and the title, as written or expanded. */
    public record Pair(String person, Set<String> titles) {
    }

    public record GoldEvent(String type, String date, Set<String> participants) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static GoldDocument read(Path file) {
        try {
            return parse(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UserInputException("cannot read gold file " + file + ": " + e.getMessage());
        }
    }

    static GoldDocument parse(JsonNode root) {
        List<Pair> posts = new ArrayList<>();
        for (JsonNode p : root.path("persons")) {
            for (JsonNode pos : p.path("positions")) {
                Set<String> titles = new LinkedHashSet<>();
                addText(titles, pos.path("text"));
                addText(titles, pos.path("full"));
                posts.add(new Pair(p.path("name").asText(), titles));
            }
        }
        Set<String> dates = new LinkedHashSet<>();
        for (JsonNode d : root.path("dates")) {
            String value = d.path("value").asText("");
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                dates.add(value);
            }
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            Set<String> who = new HashSet<>();
            e.path("participants").forEach(p -> who.add(p.path("name").asText()));
            events.add(new GoldEvent(e.path("type").asText(), e.path("date").asText(null), who));
        }
        Set<String> doubtful = new HashSet<>();
        for (JsonNode d : root.path("doubtful")) {
            String item = d.path("item").asText("");
            // "阿拉善高新区 (region)" names the thing before its bracketed category.
            int paren = item.indexOf(" (");
            for (String part : (paren > 0 ? item.substring(0, paren) : item).split("[,，、]")) {
                if (!part.isBlank()) {
                    doubtful.add(part.strip());
                }
            }
        }
        return new GoldDocument(root.path("doc").asText(), things(root.path("persons")), things(root.path("regions")),
                things(root.path("organizations")), posts, dates, events, doubtful);
    }

    private static List<Thing> things(JsonNode array) {
        List<Thing> things = new ArrayList<>();
        for (JsonNode t : array) {
            Set<String> names = new LinkedHashSet<>();
            addText(names, t.path("name"));
            t.path("aliases").forEach(a -> addText(names, a));
            things.add(new Thing(t.path("name").asText(), names));
        }
        return things;
    }

    private static void addText(Set<String> into, JsonNode node) {
        if (node.isTextual() && !node.asText().isBlank()) {
            into.add(node.asText().strip());
        }
    }
}
