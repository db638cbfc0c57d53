package org.newskg.extractor.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.ingest.IngestOptions;
import org.newskg.extractor.ingest.Ingestor;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.TdbStore;

/** The lookups behind describe, search and timeline, against a store ingested from the bundled sample. */
class EntityLookupTest {

    static final Path CORPUS = Path.of("../data/corpus");
    static final String INJECTION = "石泰峰\" } UNION { ?s ?p ?o } #";

    @TempDir
    static Path storeDir;

    static Store store;
    static EntityLookup lookup;

    @BeforeAll
    static void ingestSample() {
        store = TdbStore.open(storeDir);
        new Ingestor(store).ingest(List.of(CORPUS), IngestOptions.none(), IngestListener.SILENT);
        lookup = new EntityLookup(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void describeShowsThePostsOfShiTaifengWithDates() {
        EntityDescription d = lookup.describe("石泰峰");
        assertEquals("石泰峰", d.name());
        assertTrue(d.types().contains("schema:Person"), d.types().toString());
        List<String> titles = d.posts().stream().map(EntityDescription.PostHeld::title).toList();
        assertTrue(titles.contains("内蒙古自治区党委书记"), titles.toString());
        EntityDescription.PostHeld secretary = d.posts().stream()
                .filter(p -> p.title().equals("内蒙古自治区党委书记")).findFirst().orElseThrow();
        assertTrue(secretary.firstDate().compareTo(secretary.lastDate()) <= 0);
        assertFalse(d.articles().isEmpty());
        assertFalse(d.events().isEmpty());
    }

    @Test
    void anEventIsDescribedByWhatHappenedNotByItsArticlesHeadline() {
        EntityDescription d = lookup.describe("石泰峰");
        List<String> headlines = d.articles().stream().map(EntityDescription.ArticleMention::headline).toList();
        for (EntityDescription.EventTaken event : d.events()) {
            String told = event.whatHappened();
            assertTrue(event.type() == null || told.startsWith(event.type()), told);
            assertTrue(event.place() == null || told.contains(" in " + event.place()), told);
            assertTrue(headlines.stream().noneMatch(told::contains), "no headline in: " + told);
        }
        assertTrue(d.events().stream().anyMatch(e -> e.type() != null && e.place() != null), d.events().toString());
    }

    @Test
    void describeAcceptsAnIri() {
        String iri = lookup.describe("石泰峰").iri();
        assertEquals("石泰峰", lookup.describe("<" + iri + ">").name());
        assertEquals("石泰峰", lookup.describe(iri).name());
    }

    @Test
    void searchRanksTheExactAliasFirst() {
        List<EntityMatch> found = lookup.search("呼和浩特", 20);
        assertEquals("呼和浩特市", found.get(0).name(), found.toString());
        assertEquals(EntityMatch.Match.EXACT, found.get(0).match());
        // Exact, then prefix, then contains: the ranks never go back.
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).match().compareTo(found.get(i).match()) <= 0, found.toString());
        }
        assertTrue(found.stream().anyMatch(m -> m.match() == EntityMatch.Match.CONTAINS), found.toString());
    }

    @Test
    void timelineIsInDateOrderAndHoldsPostsEventsAndArticles() {
        List<TimelineEntry> entries = lookup.timeline("石泰峰");
        assertFalse(entries.isEmpty());
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(entries.get(i - 1).date().compareTo(entries.get(i).date()) <= 0, entries.toString());
        }
        List<String> kinds = entries.stream().map(TimelineEntry::kind).distinct().toList();
        assertTrue(kinds.containsAll(List.of("post", "event", "article")), kinds.toString());
    }

    @Test
    void describeReadsAPrefixedNameAsEveryCommandDoes() {
        // Once 'describe nkgid:person/X' failed where 'export --around nkgid:person/X' worked.
        assertEquals(lookup.describe("<http://newskg.org/id/region/150100000000>").iri(),
                lookup.describe("nkgid:region/150100000000").iri());
    }

    @Test
    void aNameCannotInjectSparql() {
        // Were the text pasted into the query, the UNION would match every triple in the store.
        assertTrue(lookup.resolve(INJECTION).isEmpty());
        assertThrows(NothingFoundException.class, () -> lookup.describe(INJECTION));
        assertThrows(NothingFoundException.class, () -> lookup.timeline(INJECTION));
        assertTrue(lookup.search(INJECTION, 50).isEmpty());
        assertTrue(lookup.search("\"", 50).isEmpty());
        assertTrue(lookup.search("\\", 50).isEmpty());
    }

    @Test
    void anIriCannotInjectSparqlEither() {
        String evil = "http://newskg.org/id/person/x> } UNION { ?s ?p ?o } #";
        assertThrows(UserInputException.class, () -> lookup.describe(evil));
        assertTrue(lookup.resolve("http://newskg.org/id/person/nobody").isEmpty());
    }

    @Test
    void namesIncludeAliasesForCompletion() {
        List<String> names = lookup.names();
        assertTrue(names.contains("石泰峰"));
        assertTrue(names.contains("呼和浩特"));
    }

    @Test
    void eventDatesWithoutYearTakeTheArticlesYear() {
        assertEquals("2022-02-07", EventDates.resolve("--02-07", "2022-02-08"));
        assertEquals("2022-02-07", EventDates.resolve("2022-02-07", null));
        assertEquals("2022-02-08", EventDates.resolve(null, "2022-02-08"));
        assertEquals(null, EventDates.resolve("--02-07", null));
    }
}
