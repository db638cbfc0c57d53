package org.newskg.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.TdbStore;

/** Ingests the bundled sample into a real TDB2 store on disk and asks it what a researcher would. */
class IngestEndToEndTest {

    static final Path CORPUS = Path.of("../data/corpus");

    @TempDir
    static Path storeDir;

    static IngestReport first;

    @BeforeAll
    static void ingestSample() {
        try (Store store = TdbStore.open(storeDir)) {
            first = new Ingestor(store).ingest(List.of(CORPUS), IngestOptions.none(), IngestListener.SILENT);
        }
    }

    @Test
    void everyPageIsIngestedWithTheManifestsMetadata() {
        assertEquals(4, first.files().size(), "the four .txt pages, not README.md or manifest.csv");
        assertTrue(first.failed().isEmpty(), () -> "failures: " + first.failed());
        for (FileOutcome f : first.files()) {
            assertEquals(FileOutcome.Status.INGESTED, f.status());
            assertEquals(org.newskg.extractor.source.SourceMetadata.Basis.MANIFEST, f.metadata().dateBasis());
            assertTrue(f.articles() >= 5, () -> f.file() + " has only " + f.articles() + " articles");
        }
    }

    @Test
    void officialsHoldTheirPostsInTheirOrganizations() {
        List<QuerySolution> rows = select("""
                SELECT ?name ?title ?orgName WHERE {
                  ?p a schema:Person ; schema:name ?name ; org:holds ?post .
                  ?post rdfs:label ?title ; org:postIn ?org . ?org schema:name ?orgName .
                }""");
        assertTrue(has(rows, "name", "石泰峰", "title", "内蒙古自治区党委书记"), () -> "rows: " + rows);
        assertTrue(has(rows, "name", "王莉霞", "orgName", "内蒙古自治区人民政府"), () -> "rows: " + rows);
        assertTrue(has(rows, "name", "习近平", "orgName", "中华人民共和国"), () -> "rows: " + rows);
    }

    @Test
    void regionsSitInTheirParents() {
        List<QuerySolution> rows = select("""
                SELECT ?name ?code ?parent WHERE {
                  ?r a schema:AdministrativeArea ; schema:name ?name ; nkg:divisionCode ?code ;
                     schema:containedInPlace/schema:name ?parent .
                }""");
        assertTrue(has(rows, "name", "呼和浩特市", "parent", "内蒙古自治区"), () -> "rows: " + rows);
        assertTrue(has(rows, "name", "赛罕区", "parent", "呼和浩特市"), () -> "rows: " + rows);
    }

    @Test
    void articlesHaveHeadlinesDatesAndReporters() {
        List<QuerySolution> rows = select("""
                SELECT ?headline ?date ?author WHERE {
                  ?a a schema:NewsArticle ; schema:headline ?headline ; schema:datePublished ?date ;
                     schema:author/schema:name ?author .
                }""");
        assertTrue(has(rows, "author", "章奎", "date", "2022-02-20"), () -> "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("headline").getString().contains("扁平管理")), () -> "rows: " + rows);
    }

    @Test
    void organizationsAndDatesAreThere() {
        List<QuerySolution> orgs = select("SELECT ?name WHERE { ?o a schema:Organization ; schema:name ?name }");
        assertTrue(has(orgs, "name", "中共内蒙古自治区委员会"), () -> "orgs: " + orgs);
        List<QuerySolution> dates = select("SELECT DISTINCT ?d WHERE { ?a nkg:mentionsDate ?d }");
        assertTrue(dates.stream().anyMatch(r -> r.getLiteral("d").getLexicalForm().equals("2022-02-19")), () -> "dates: " + dates);
    }

    @Test
    void aSecondIngestChangesNothing() throws Exception {
        String before = dump();
        IngestReport second;
        try (Store store = TdbStore.open(storeDir)) {
            second = new Ingestor(store).ingest(List.of(CORPUS), IngestOptions.none(), IngestListener.SILENT);
        }
        assertEquals(4, second.count(FileOutcome.Status.UNCHANGED));
        assertEquals(before, dump());
    }

    @Test
    void aChangedFileReplacesItsGraph(@TempDir Path folder) throws Exception {
        Path page = folder.resolve("changed.txt");
        Files.writeString(page, "本报2月7日讯（记者 张三）自治区主席李四在呼和浩特市调研。\n", StandardCharsets.UTF_8);
        Path store = folder.resolve("store");
        try (Store s = TdbStore.open(store)) {
            Ingestor ingestor = new Ingestor(s);
            ingestor.ingest(List.of(page), new IngestOptions("内蒙古日报", java.time.LocalDate.of(2022, 2, 8)), IngestListener.SILENT);
            Files.writeString(page, "本报2月7日讯（记者 张三）自治区主席李四在包头市调研。\n", StandardCharsets.UTF_8);
            IngestReport again = ingestor.ingest(List.of(page), new IngestOptions("内蒙古日报", java.time.LocalDate.of(2022, 2, 8)), IngestListener.SILENT);
            assertEquals(FileOutcome.Status.INGESTED, again.files().get(0).status());
            QueryOutcome.Ask old = (QueryOutcome.Ask) s.query("ASK { ?r schema:name \"呼和浩特市\" }");
            QueryOutcome.Ask now = (QueryOutcome.Ask) s.query("ASK { ?r schema:name \"包头市\" }");
            assertFalse(old.answer(), "the old version's region is gone");
            assertTrue(now.answer(), "the new version's region is there");
        }
    }

    private static String dump() {
        try (Store store = TdbStore.open(storeDir)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.export(RDFFormat.NQUADS, null, out);
            List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
            lines.sort(null);
            return String.join("\n", lines);
        }
    }

    private static List<QuerySolution> select(String sparql) {
        try (Store store = TdbStore.open(storeDir)) {
            List<QuerySolution> rows = new ArrayList<>();
            ((QueryOutcome.Select) store.query(sparql)).rows().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static boolean has(List<QuerySolution> rows, String... varValuePairs) {
        return rows.stream().anyMatch(r -> {
            for (int i = 0; i < varValuePairs.length; i += 2) {
                var node = r.get(varValuePairs[i]);
                String value = node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
                if (!varValuePairs[i + 1].equals(value)) {
                    return false;
                }
            }
            return true;
        });
    }
}
