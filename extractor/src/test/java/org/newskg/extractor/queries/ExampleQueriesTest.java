package org.newskg.extractor.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.sample.SampleStore;
import org.newskg.extractor.store.QueryOutcome;

/** Each researcher's question of data/queries answers on the sample store with the rows a reader of the pages expects. */
class ExampleQueriesTest {

    private static final Path QUERIES = Path.of("../data/queries");

    @BeforeAll
    static void ingestFirst() {
        // So that the query times printed below are the queries' own, not the ingest's.
        SampleStore.get();
    }

    @Test
    void everyQueryFileSaysWhatItAsksOnItsFirstLine() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            List<Path> rq = files.filter(p -> p.toString().endsWith(".rq")).toList();
            assertTrue(rq.size() >= 7, "queries: " + rq);
            for (Path p : rq) {
                String first = Files.readString(p, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                assertTrue(first.startsWith("# ") && first.length() > 10, p + " starts with " + first);
            }
        }
    }

    @Test
    void officialsAndPosts() throws IOException {
        List<Map<String, String>> rows = run("officials-and-posts.rq");
        assertTrue(has(rows, Map.of("name", "石泰峰", "post", "内蒙古自治区党委书记", "role", "书记",
                "organization", "中共内蒙古自治区委员会")), rows::toString);
        assertTrue(has(rows, Map.of("name", "王莉霞", "post", "内蒙古自治区主席", "role", "主席",
                "organization", "内蒙古自治区人民政府")), rows::toString);
        assertTrue(rows.stream().noneMatch(r -> "记者".equals(r.get("role"))), "reporters are left out");
    }

    @Test
    void whoHeldAPostOnADate() throws IOException {
        List<Map<String, String>> rows = run("who-held-post-on-date.rq");
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("王莉霞", rows.get(0).get("name"));
        assertEquals("内蒙古自治区主席", rows.get(0).get("post"));
    }

    @Test
    void postsOfAPersonOverTimeSpanFiles() throws IOException {
        List<Map<String, String>> rows = run("posts-of-person-over-time.rq");
        // Attested on 2022-02-07 in page 001 and on 2022-02-19 in page 000: the span crosses graphs.
        assertTrue(has(rows, Map.of("post", "内蒙古自治区主席", "firstAttested", "2022-02-07", "lastAttested", "2022-02-19")),
                rows::toString);
        assertTrue(has(rows, Map.of("post", "内蒙古自治区党委副书记", "firstAttested", "2022-02-07")), rows::toString);
    }

    @Test
    void eventsInARegionIncludeThoseInPlacesInsideIt() throws IOException {
        List<Map<String, String>> rows = run("events-in-region.rq");
        assertTrue(has(rows, Map.of("event", "石泰峰在呼和浩特市暗访检查疫情防控工作时强调", "type", "inspection",
                "date", "2022-02-19")), rows::toString);
        assertTrue(rows.size() >= 4, rows::toString);
    }

    @Test
    void whoMetWhom() throws IOException {
        List<Map<String, String>> rows = run("who-met-whom.rq");
        // 新华社北京2月7日电 2月6日，…致贺电: the message is of the 6th (gold), the dateline of the 7th.
        assertTrue(has(rows, Map.of("person", "习近平", "other", "伊丽莎白二世", "date", "2022-02-06")), rows::toString);
        assertTrue(has(rows, Map.of("person", "隋文静", "other", "韩聪")), rows::toString);
    }

    @Test
    void anOfficialsTimelineIsInDateOrder() throws IOException {
        List<Map<String, String>> rows = run("official-timeline.rq");
        assertEquals(2, rows.size(), rows::toString);
        assertEquals("2022-02-07", rows.get(0).get("date"));
        assertEquals("2022-02-19", rows.get(1).get("date"));
        assertEquals("inspection", rows.get(1).get("type"));
        assertEquals("leader", rows.get(1).get("role"));
    }

    @Test
    void organizationTreeOfARegion() throws IOException {
        List<Map<String, String>> rows = run("organization-tree.rq");
        assertTrue(has(rows, Map.of("organization", "中共呼和浩特市委组织部", "partOf", "中共呼和浩特市委员会")), rows::toString);
        assertTrue(has(rows, Map.of("organization", "呼和浩特市行政审批和政务服务局", "partOf", "呼和浩特市人民政府")), rows::toString);
    }

    @Test
    void articlesMentioningAPersonCountTheMentions() throws IOException {
        List<Map<String, String>> rows = run("articles-mentioning-person.rq");
        assertEquals(List.of("001_e54c1e9959352caf.txt", "000_589c182ea8fb9a5a.txt"),
                rows.stream().map(r -> r.get("file")).toList(), rows::toString);
        assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.get("mentions")) > 0), rows::toString);
    }

    @Test
    void placesOfAnyKindReachRegionsThroughTheOntologyGraph() throws IOException {
        List<Map<String, String>> rows = run("places-of-any-kind.rq");
        assertTrue(has(rows, Map.of("name", "呼和浩特市", "class", "administrative area")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> "place".equals(r.get("class"))), "sites too: " + rows);
    }

    /** Runs a query file on the sample store; each row as variable → lexical form. */
    private static List<Map<String, String>> run(String file) throws IOException {
        String query = Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        QueryOutcome.Select select = (QueryOutcome.Select) SampleStore.get().query(query);
        List<Map<String, String>> rows = new ArrayList<>();
        while (select.rows().hasNext()) {
            QuerySolution s = select.rows().next();
            Map<String, String> row = new HashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, text(s.get(v))));
            rows.add(row);
        }
        System.out.printf("query %-32s %3d rows %6.1f ms%n", file, rows.size(), (System.nanoTime() - t0) / 1e6);
        return rows;
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static boolean has(List<Map<String, String>> rows, Map<String, String> expected) {
        return rows.stream().anyMatch(r -> expected.entrySet().stream().allMatch(e -> e.getValue().equals(r.get(e.getKey()))));
    }
}
