package org.newskg.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.source.RecordColumns;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.TdbStore;

/** Ingest of corpora of one story per record: each record a graph, a digest, an error of its own. */
class RecordIngestTest {

    private static final String[] STORIES = {
        "本报4月2日讯（记者 江小禾）青山县召开春耕生产动员会，部署全县春耕备耕工作。",
        "本报4月3日讯（记者 江小禾）市图书馆新馆开放，首日接待读者三千余人次。",
        "本报4月4日讯（记者 林木森）青山县举办农民技能培训班，两百名村民参加。",
    };

    @TempDir
    Path dir;

    private Path jsonl(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static String record(String id, String text) {
        return "{" + (id == null ? "" : "\"id\": \"" + id + "\", ") + "\"text\": \"" + text + "\", \"paper\": \"青山日报\","
                + " \"url\": \"https://example.org/" + (id == null ? "x" : id) + "\"}";
    }

    private IngestReport ingest(Path store, IngestOptions options, Path... paths) {
        try (Store s = TdbStore.open(store)) {
            return new Ingestor(s).withThreads(2).ingest(List.of(paths), options, IngestListener.SILENT);
        }
    }

    @Test
    void eachRecordIsAGraphWithItsProvenanceAndABadOneFailsAlone() throws IOException {
        Path file = jsonl("news.jsonl", record("a1", STORIES[0]), "{\"text\": 12", record("a3", STORIES[2]));
        Path store = dir.resolve("store");
        IngestReport report = ingest(store, IngestOptions.none(), file);
        assertEquals(3, report.files().size());
        assertEquals(2, report.count(FileOutcome.Status.INGESTED));
        assertEquals(1, report.failed().size());
        FileOutcome bad = report.failed().get(0);
        assertEquals(2, bad.line());
        assertEquals("news.jsonl line 2", bad.label());
        assertTrue(bad.failureLine().startsWith("news.jsonl line 2: not JSON"), bad.failureLine());

        List<QuerySolution> rows = select(store, """
                SELECT ?g ?file ?line ?url ?id WHERE { GRAPH ?g {
                  ?s a nkg:SourceFile ; nkg:fileName ?file ; nkg:recordLine ?line ; schema:url ?url ; schema:identifier ?id } }
                ORDER BY ?line""");
        assertEquals(2, rows.size(), rows::toString);
        assertEquals("http://newskg.org/id/graph/a1", rows.get(0).getResource("g").getURI());
        assertEquals("news.jsonl", rows.get(0).getLiteral("file").getString());
        assertEquals(3, rows.get(1).getLiteral("line").getInt());
        assertEquals("https://example.org/a3", rows.get(1).getLiteral("url").getString());
        assertEquals("青山日报", select(store, "SELECT ?n WHERE { GRAPH <http://newskg.org/id/graph/a1> {"
                + " ?s a nkg:SourceFile ; schema:publisher/schema:name ?n } }").get(0).getLiteral("n").getString());
    }

    @Test
    void rerunningSkipsUnchangedRecordsAndRedoesAChangedOne() throws IOException {
        Path store = dir.resolve("store");
        ingest(store, IngestOptions.none(), jsonl("news.jsonl", record("a1", STORIES[0]), record("a2", STORIES[1])));
        IngestReport again = ingest(store, IngestOptions.none(),
                jsonl("news.jsonl", record("a1", STORIES[0]), record("a2", STORIES[2])));
        assertEquals(1, again.count(FileOutcome.Status.UNCHANGED));
        assertEquals(1, again.count(FileOutcome.Status.INGESTED));
        assertEquals(2, select(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a nkg:SourceFile } }").size(),
                "the changed record replaced its graph");
    }

    @Test
    void thucNewsRowsWithColumnsAndRecordsWithoutIdsAreNamedByFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("cnews.val.txt"), "时政\t" + STORIES[0] + "\n教育\t" + STORIES[1] + "\n",
                StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        IngestReport report = ingest(store, IngestOptions.none().withColumns(RecordColumns.parse("label,text")), file);
        assertEquals(2, report.count(FileOutcome.Status.INGESTED), report.files()::toString);
        List<String> graphs = new ArrayList<>();
        select(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a nkg:SourceFile } } ORDER BY ?g")
                .forEach(r -> graphs.add(r.getResource("g").getURI()));
        assertEquals(List.of("http://newskg.org/id/graph/cnews.val.txt%3A1", "http://newskg.org/id/graph/cnews.val.txt%3A2"), graphs);
    }

    @Test
    void aFolderMixesPagesAndRecordFilesButNotItsManifest() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("p1.txt"), STORIES[0] + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("manifest.csv"), "file,paper,date\np1.txt,青山日报,2024-04-03\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("more.csv"), "id,text\nc1," + STORIES[1] + "\nc2," + STORIES[2] + "\n", StandardCharsets.UTF_8);
        IngestReport report = ingest(dir.resolve("store"), IngestOptions.none(), folder);
        assertEquals(List.of("more.csv line 2", "more.csv line 3", "p1.txt"),
                report.files().stream().map(FileOutcome::label).toList());
        assertTrue(report.failed().isEmpty(), report.failed()::toString);
    }

    private static List<QuerySolution> select(Path store, String sparql) {
        try (Store s = TdbStore.open(store)) {
            QueryOutcome.Select rows = (QueryOutcome.Select) s.query(sparql);
            List<QuerySolution> out = new ArrayList<>();
            rows.rows().forEachRemaining(out::add);
            return out;
        }
    }
}
