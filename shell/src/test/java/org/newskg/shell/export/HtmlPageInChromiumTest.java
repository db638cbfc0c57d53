package org.newskg.shell.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.TdbStore;

/**
 * The explorer page opened from a file in a real headless Chromium, offline, and used as a reader
 * would: searched, clicked, filtered by kind and by date. The page draws the neighbourhood of the
 * sample store's most connected person at depth 2.
 */
class HtmlPageInChromiumTest {

    @TempDir
    static Path dir;

    static Path chromium;
    static Path page;
    static String centre;
    static SampleStore sample;

    @BeforeAll
    static void export() throws Exception {
        chromium = ExternalTool.require("chromium");
        sample = SampleStore.ingestedInto(dir);
        centre = mostConnectedPerson(sample.store());
        page = dir.resolve("explorer.html");
        SampleStore.Run run = sample.export("--format", "html", "--around", "<" + centre + ">", "--depth", "2",
                "--out", page.toString());
        assertEquals(0, run.status(), run.err());
    }

    /** The person with the most links in the store, either way, found by a query rather than named here. */
    private static String mostConnectedPerson(Path store) {
        try (TdbStore tdb = TdbStore.open(store)) {
            QueryOutcome.Select rows = (QueryOutcome.Select) tdb.query("""
                    SELECT ?p (COUNT(*) AS ?n) WHERE { ?p a schema:Person . { ?p ?x ?o FILTER isIRI(?o) } UNION { ?s ?x ?p } }
                    GROUP BY ?p ORDER BY DESC(?n) STR(?p) LIMIT 1""");
            return rows.rows().next().getResource("p").getURI();
        }
    }

    /** One browser for the class (starting Chromium is the slow part); each test gets the page afresh. */
    private static HeadlessChromium browser;

    @org.junit.jupiter.api.AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private HeadlessChromium open() throws Exception {
        if (browser == null) {
            browser = HeadlessChromium.open(chromium, dir, page.toUri());
        } else {
            browser.reload();
        }
        return browser;
    }

    private static String node(String iri) {
        return "document.querySelector('g.node[data-iri=\"' + CSS.escape(" + JsonText.quoted(iri) + ") + '\"]')";
    }

    @Test
    void thePageOpensOfflineFromTheFocusWithPostsAsDatedEdges() throws Exception {
        String html = Files.readString(page);
        assertFalse(html.contains("<script src"), "the library is inlined, so the page opens offline");
        HeadlessChromium browser = open();
        assertEquals(0, browser.number("performance.getEntriesByType('resource').length"), "nothing fetched");
        assertTrue(browser.number("document.querySelectorAll('g.node').length") > 5);
        assertEquals(browser.number("+document.body.dataset.drawnNodes"), browser.number("document.querySelectorAll('g.node').length"));
        assertTrue(browser.evaluate(node(centre) + ".classList.contains('focus')").getAsBoolean().value());
        // Articles and source files are off at first.
        assertEquals(0, browser.number("document.querySelectorAll('g.node[data-group=article], g.node[data-group=source]').length"));
        JsonArray posts = browser.array("[...document.querySelectorAll('g.link.post text')].map(t => t.textContent)");
        assertFalse(posts.isEmpty(), "the focal person's posts are drawn as edges");
        assertTrue(posts.stream().allMatch(t -> t.getAsString().value().matches(".+ \\d{4}-\\d{2}-\\d{2}.*")), posts.toString());
        // The side panel shows the focus with evidence sentences, their article and day.
        assertTrue(browser.number("document.querySelectorAll('#details .evidence').length") > 0);
        assertTrue(browser.text("document.querySelector('#details .evidence small').textContent").matches("\\d{4}-\\d{2}-\\d{2} · .+"));
    }

    @Test
    void typingANameInTheSearchBoxShowsThatNode() throws Exception {
        HeadlessChromium browser = open();
        JsonObject hidden = browser.evaluate("""
                graph.elements.nodes.map(n => n.data).find(d => d.kind === 'Person'
                    && !document.querySelector('g.node[data-iri="' + CSS.escape(d.iri) + '"]'))""").getAsObject();
        String iri = hidden.get("iri").getAsString().value();
        String name = hidden.get("label").getAsString().value();
        browser.evaluate("(() => { const s = document.getElementById('search'); s.value = " + JsonText.quoted(name)
                + "; s.dispatchEvent(new Event('input')); return true; })()");
        browser.waitFor(node(iri) + " !== null");
        assertTrue(browser.evaluate(node(iri) + ".classList.contains('selected')").getAsBoolean().value());
        assertTrue(browser.text("document.querySelector('#details h1').textContent").equals(name));
    }

    @Test
    void clickingANodeAddsItsNeighboursAndClickingAgainRemovesThem() throws Exception {
        HeadlessChromium browser = open();
        long before = browser.number("+document.body.dataset.drawnNodes");
        String iri = browser.text("document.querySelector('g.node.closed:not(.focus)').dataset.iri");
        String click = node(iri) + ".dispatchEvent(new MouseEvent('click', {bubbles: true}))";
        browser.evaluate(click);
        browser.waitFor("+document.body.dataset.drawnNodes > " + before);
        browser.evaluate(click);
        browser.waitFor("+document.body.dataset.drawnNodes === " + before);
    }

    @Test
    void turningAKindOffHidesItsNodes() throws Exception {
        HeadlessChromium browser = open();
        String organizations = "document.querySelectorAll('g.node[data-group=organization]').length";
        assertTrue(browser.number(organizations) > 0);
        long edges = browser.number("+document.body.dataset.drawnEdges");
        browser.evaluate("(() => { const box = document.getElementById('type-organization'); box.checked = false;"
                + " box.dispatchEvent(new Event('change')); return true; })()");
        browser.waitFor(organizations + " === 0");
        assertTrue(browser.number("+document.body.dataset.drawnEdges") < edges);
    }

    @Test
    void movingTheDateSliderHidesFactsOutsideTheRange() throws Exception {
        HeadlessChromium browser = open();
        String dated = "document.querySelectorAll('g.link[data-start]').length";
        long before = browser.number(dated);
        assertTrue(before > 0);
        // The range shrinks to its last day: facts that ended before it go.
        browser.evaluate("(() => { const from = document.getElementById('date-from'); from.value = from.max;"
                + " from.dispatchEvent(new Event('input')); return true; })()");
        String last = browser.text("document.getElementById('date-label').textContent.split(' – ')[0]");
        assertTrue(last.matches("\\d{4}-\\d{2}-\\d{2}"), last);
        assertTrue(browser.number(dated) < before, browser.number(dated) + " < " + before);
        JsonArray outside = browser.array("[...document.querySelectorAll('g.link[data-start], g.node[data-start]')]"
                + ".filter(e => (e.dataset.end || e.dataset.start) < " + JsonText.quoted(last) + ").map(e => e.dataset.start)");
        assertTrue(outside.isEmpty(), "drawn though before the range: " + outside);
    }

    @Test
    void noTwoLabelsOfTheFirstViewOverlap() throws Exception {
        HeadlessChromium browser = open();
        JsonArray boxes = browser.array("""
                [...document.querySelectorAll('g.node text.label, g.link text')]
                  .filter(t => getComputedStyle(t).display !== 'none' && t.textContent)
                  .map(t => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, t.textContent]; })""");
        long drawn = browser.number("document.querySelectorAll('g.node').length");
        long quiet = browser.number("document.querySelectorAll('g.node text.label.quiet').length");
        assertTrue(drawn >= 10, "a first view worth checking: " + drawn + " nodes");
        assertTrue(quiet * 10 <= drawn, quiet + " of " + drawn + " node labels left for hover");
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                JsonArray a = boxes.get(i).getAsArray();
                JsonArray b = boxes.get(j).getAsArray();
                double w = Math.min(d(a, 2), d(b, 2)) - Math.max(d(a, 0), d(b, 0));
                double h = Math.min(d(a, 3), d(b, 3)) - Math.max(d(a, 1), d(b, 1));
                if (w > 0.5 && h > 0.5) {
                    overlaps.add(a.get(4) + " / " + b.get(4));
                }
            }
        }
        assertTrue(overlaps.isEmpty(), overlaps.toString());
        Path screenshot = Path.of("target", "explorer-page.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.screenshot());
        assertTrue(Files.size(screenshot) > 10_000);
    }

    /** {@code serve}'s page: the same explorer, fetching a node's neighbours from the store when it is opened. */
    @Test
    void theServedPageFetchesNeighboursFromTheStore() throws Exception {
        try (TdbStore store = TdbStore.open(sample.store());
             ExplorerServer server = ExplorerServer.start(store, 0)) {
            assertTrue(server.url().startsWith("http://127.0.0.1:"), "loopback only: " + server.url());
            java.net.URI start = java.net.URI.create(server.url() + "?focus="
                    + java.net.URLEncoder.encode(centre, java.nio.charset.StandardCharsets.UTF_8));
            try (HeadlessChromium served = HeadlessChromium.open(chromium, dir, start)) {
                assertTrue(served.evaluate(node(centre) + ".classList.contains('focus')").getAsBoolean().value());
                long before = served.number("+document.body.dataset.drawnNodes");
                long fetched = served.number("performance.getEntriesByType('resource').length");
                // A node at the edge of the first view: its neighbours are not in the page yet.
                String iri = served.text("document.querySelector('g.node.closed:not(.focus)').dataset.iri");
                served.evaluate(node(iri) + ".dispatchEvent(new MouseEvent('click', {bubbles: true}))");
                served.waitFor("+document.body.dataset.drawnNodes > " + before);
                assertTrue(served.number("performance.getEntriesByType('resource').filter(r => r.name.includes('/api/neighbours')).length") > 0);
                assertTrue(served.number("performance.getEntriesByType('resource').length") > fetched);
                // Search asks the store too.
                served.evaluate("(() => { const s = document.getElementById('search'); s.value = 'x'; s.value = "
                        + JsonText.quoted(served.text("document.querySelector('g.node.focus title').textContent.split(' (')[0]"))
                        + "; s.dispatchEvent(new Event('input')); return true; })()");
                served.waitFor("performance.getEntriesByType('resource').some(r => r.name.includes('/api/search'))");
            }
        }
    }

    private static double d(JsonArray box, int i) {
        return box.get(i).getAsNumber().value().doubleValue();
    }
}
