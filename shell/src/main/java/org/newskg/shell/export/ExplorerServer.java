package org.newskg.shell.export;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.graph.EntityReference;
import org.newskg.extractor.graph.EntityResolver;
import org.newskg.extractor.graph.EvidenceSentences;
import org.newskg.extractor.graph.Neighbourhood;
import org.newskg.extractor.graph.StoreQuads;
import org.newskg.extractor.lookup.EntityLookup;
import org.newskg.extractor.lookup.EntityMatch;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer page served against a running store, on this machine only: the page starts from
 * the most connected persons (or {@code ?focus=NAME_OR_IRI}) and asks for a node's neighbours,
 * evidence and name matches as the reader goes, so a store of any size is explored without
 * exporting it. It only reads.
 *
 * <ul>
 *   <li>{@code GET /} the page</li>
 *   <li>{@code GET /api/neighbours?iri=IRI} the node and its neighbours, as the page's graph JSON</li>
 *   <li>{@code GET /api/node?iri=IRI} its evidence sentences</li>
 *   <li>{@code GET /api/search?q=TEXT} entities whose name or alias contains the text</li>
 * </ul>
 */
public final class ExplorerServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExplorerServer.class);
    private static final String LOOPBACK = "127.0.0.1";
    /** Persons the page opens with when no focus is given. */
    private static final int FIRST_PERSONS = 12;
    private static final int EVIDENCE_PER_NODE = 5;
    private static final int SEARCH_RESULTS = 15;

    private static final String MOST_CONNECTED = """
            SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions ?p . ?p a schema:Person }
            GROUP BY ?p ORDER BY DESC(?n) STR(?p) LIMIT %d""";

    private final Store store;
    private final HttpServer server;
    private final ExecutorService threads;

    private ExplorerServer(Store store, HttpServer server, ExecutorService threads) {
        this.store = store;
        this.server = server;
        this.threads = threads;
    }

    /** Starts serving on the loopback interface; port 0 picks a free one. */
    public static ExplorerServer start(Store store, int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 16);
            ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "newskg-explorer");
                t.setDaemon(true);
                return t;
            });
            ExplorerServer explorer = new ExplorerServer(store, http, threads);
            http.createContext("/", explorer::handle);
            http.setExecutor(threads);
            http.start();
            return explorer;
        } catch (IOException e) {
            throw new UserInputException("cannot serve the explorer on " + LOOPBACK + ":" + port + ": " + e.getMessage()
                    + " (choose another with --explorer-port)", e);
        }
    }

    public String url() {
        return "http://" + LOOPBACK + ":" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, "text/plain", "only GET: the explorer reads the store");
                return;
            }
            URI uri = exchange.getRequestURI();
            Map<String, String> query = parameters(uri.getRawQuery());
            try {
                switch (uri.getPath()) {
                    case "/" -> send(exchange, 200, "text/html", page(query.get("focus")));
                    case "/api/neighbours" -> send(exchange, 200, "application/json", neighbours(required(query, "iri")));
                    case "/api/node" -> send(exchange, 200, "application/json", evidence(required(query, "iri")));
                    case "/api/search" -> send(exchange, 200, "application/json", search(required(query, "q")));
                    default -> send(exchange, 404, "text/plain", "no such page: " + uri.getPath());
                }
            } catch (UserInputException e) {
                send(exchange, 400, "text/plain", e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("explorer request {} failed", uri, e);
                send(exchange, 500, "text/plain", "the store could not answer: " + e.getMessage());
            }
        }
    }

    /** The page: the focus and its neighbours, or the most connected persons and theirs. */
    private String page(String focus) throws IOException {
        List<Node> start;
        List<String> focusIris = List.of();
        if (focus != null && !focus.isBlank()) {
            start = new EntityResolver(store).resolve(EntityReference.parse(focus), false);
            if (start.isEmpty()) {
                throw new UserInputException("no entity named '" + focus.strip() + "' in the store");
            }
            focusIris = start.stream().map(Node::getURI).toList();
        } else {
            start = mostConnected();
        }
        PropertyGraph graph = graphAround(start);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlPageWriter(new HtmlPageWriter.Explorer(focusIris, Map.of(), "api/")).write(graph, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<Node> mostConnected() {
        List<Node> persons = new ArrayList<>();
        if (store.query(MOST_CONNECTED.formatted(FIRST_PERSONS)) instanceof QueryOutcome.Select select) {
            select.rows().forEachRemaining(row -> persons.add(row.get("p").asNode()));
        }
        return persons;
    }

    private PropertyGraph graphAround(List<Node> centres) {
        Set<Node> nodes = Neighbourhood.ofEntities(store).around(centres, 1);
        return new PropertyGraphBuilder().build(new StoreQuads(store).about(nodes));
    }

    private String neighbours(String iri) throws IOException {
        Node node = existing(iri);
        StringWriter json = new StringWriter();
        new CytoscapeJsonWriter().writeElements(graphAround(List.of(node)), json);
        return json.toString();
    }

    private String evidence(String iri) {
        Node node = existing(iri);
        List<EvidenceSentences.Sentence> sentences = new EvidenceSentences(store).of(List.of(node), EVIDENCE_PER_NODE)
                .getOrDefault(node.getURI(), List.of());
        return "{\"evidence\": " + HtmlPageWriter.sentences(sentences) + "}";
    }

    private String search(String text) {
        StringBuilder sb = new StringBuilder("[");
        String separator = "";
        for (EntityMatch m : new EntityLookup(store).search(text, SEARCH_RESULTS)) {
            String kind = m.types().isEmpty() ? "Resource" : m.types().get(0).replaceFirst("^[^:]*:", "");
            sb.append(separator).append("{\"iri\": ").append(JsonText.quoted(m.iri())).append(", \"name\": ")
                    .append(JsonText.quoted(m.name())).append(", \"kind\": ").append(JsonText.quoted(kind))
                    .append(", \"exact\": ").append(m.match() == EntityMatch.Match.EXACT).append('}');
            separator = ", ";
        }
        return sb.append(']').toString();
    }

    private Node existing(String iri) {
        List<Node> found = new EntityResolver(store).resolve(EntityReference.parse(iri), true);
        if (found.isEmpty()) {
            throw new UserInputException("no entity " + iri + " in the store");
        }
        return found.get(0);
    }

    private static String required(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            throw new UserInputException("missing ?" + name + "=");
        }
        return value;
    }

    private static Map<String, String> parameters(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
