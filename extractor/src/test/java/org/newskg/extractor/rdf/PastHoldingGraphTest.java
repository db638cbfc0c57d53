package org.newskg.extractor.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.TemporaryFolders;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.ingest.IngestOptions;
import org.newskg.extractor.ingest.Ingestor;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.TdbStore;

/** RDF stage, tenures: a holding the text dates years back, or calls former, is past at the article's date. */
class PastHoldingGraphTest {

    @Test
    void holdingsDatedLongBeforeTheArticleOrCalledFormerAreNotAttestedOnIt() throws Exception {
        Path pages = Files.createTempDirectory("newskg-past-pages-");
        Path dir = Files.createTempDirectory("newskg-past-store-");
        try (TdbStore store = TdbStore.open(dir)) {
            Files.writeString(pages.resolve("p.txt"), "人物回顾\n\n1985年，张建华出任江州市市长。\n\n"
                    + "今天，原国防部部长赵立民出席了仪式。会议决定，任命刘振国为商务部部长。\n", StandardCharsets.UTF_8);
            Files.writeString(pages.resolve("manifest.csv"), "file,paper,date\np.txt,新闻联播,2023-05-10\n", StandardCharsets.UTF_8);
            new Ingestor(store).ingest(List.of(pages), IngestOptions.none(), IngestListener.SILENT);
            List<String> rows = new ArrayList<>();
            ((QueryOutcome.Select) store.query("""
                    SELECT ?name ?first ?former ?change WHERE {
                      ?t a nkg:Tenure ; org:member/schema:name ?name .
                      OPTIONAL { ?t nkg:firstAttested ?first } OPTIONAL { ?t nkg:attestedFormerOn ?former }
                      OPTIONAL { ?c nkg:changeOf ?t ; nkg:changeKind ?change }
                    } ORDER BY ?name""")).rows().forEachRemaining(r -> rows.add(r.getLiteral("name").getString() + " "
                    + (r.contains("first") ? r.getLiteral("first").getLexicalForm() : "-") + " "
                    + (r.contains("former") ? r.getLiteral("former").getLexicalForm() : "-") + " "
                    + (r.contains("change") ? r.getLiteral("change").getString() : "-")));
            assertEquals(List.of("刘振国 2023-05-10 - appointed", "张建华 - 2023-05-10 -", "赵立民 - 2023-05-10 -"), rows);
        } finally {
            TemporaryFolders.deleteQuietly(pages);
            TemporaryFolders.deleteQuietly(dir);
        }
    }
}
