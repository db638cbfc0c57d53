package org.newskg.extractor.store;

import java.io.OutputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.common.exception.RDF4JException;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.newskg.extractor.UserInputException;
import org.newskg.ontology.Prefixes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dataset on a SPARQL 1.1 server (Fuseki, RDF4J Server, GraphDB, …): queries go through
 * RDF4J's SPARQL client, and each source file's graph is written whole with the Graph Store
 * Protocol. Plain queries see the union of all graphs only if the server's default graph is
 * that union (Fuseki/TDB2: {@code tdb2:unionDefaultGraph true}); Virtuoso's is not, and its
 * queries are rewritten to read as if it were ({@link QueryDialect}).
 */
public final class RemoteStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteStore.class);

    private final String location;
    private final RemoteEndpoints endpoints;
    private final SPARQLRepository repository;
    private final GraphStoreClient graphStore;
    private QueryDialect dialect = QueryDialect.standard();

    private RemoteStore(String location, RemoteEndpoints endpoints, SPARQLRepository repository, GraphStoreClient graphStore) {
        this.location = location;
        this.endpoints = endpoints;
        this.repository = repository;
        this.graphStore = graphStore;
    }

    /** Connects to the dataset at {@code url}, checking that it answers queries. */
    public static RemoteStore open(String url) {
        return open(url, RemoteCredentials.configured().orElse(null));
    }

    /** Connects to the dataset at {@code url}, writing with {@code credentialsOrNull} where the server wants them. */
    public static RemoteStore open(String url, RemoteCredentials credentialsOrNull) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        return open(url, RemoteEndpoints.resolve(url, new EndpointProbe(http), credentialsOrNull != null), http,
                credentialsOrNull);
    }

    /** Connects to endpoints the caller already knows. */
    public static RemoteStore open(String location, RemoteEndpoints endpoints) {
        return open(location, endpoints, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build(), RemoteCredentials.configured().orElse(null));
    }

    private static RemoteStore open(String location, RemoteEndpoints endpoints, HttpClient http,
            RemoteCredentials credentialsOrNull) {
        LOG.debug("remote store {}: {}", location, endpoints);
        SPARQLRepository repository = new SPARQLRepository(endpoints.query(), endpoints.update());
        if (credentialsOrNull != null && endpoints.server() != RemoteEndpoints.Server.VIRTUOSO) {
            repository.setUsernameAndPassword(credentialsOrNull.user(), credentialsOrNull.password());
        }
        repository.init();
        RemoteStore store = new RemoteStore(location, endpoints, repository,
                new GraphStoreClient(http, endpoints.graphStore(), credentialsOrNull));
        if (endpoints.server() == RemoteEndpoints.Server.VIRTUOSO) {
            store.dialect = QueryDialect.virtuoso(store.firstColumn(QueryDialect.SERVICE_DESCRIPTION_GRAPHS));
        }
        return store;
    }

    private List<String> firstColumn(String sparql) {
        ResultSetRewindable rows = select(sparql);
        List<String> values = new ArrayList<>();
        String var = rows.getResultVars().get(0);
        while (rows.hasNext()) {
            Node node = rows.nextBinding().get(org.apache.jena.sparql.core.Var.alloc(var));
            if (node != null) {
                values.add(node.isURI() ? node.getURI() : node.toString());
            }
        }
        return values;
    }

    public RemoteEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public Optional<String> sourceProperty(String graphIri, String propertyIri) {
        ResultSetRewindable rows = select("SELECT ?v WHERE { GRAPH " + iri(graphIri) + " { ?s " + iri(propertyIri)
                + " ?v } } LIMIT 1");
        if (!rows.hasNext()) {
            return Optional.empty();
        }
        Node value = rows.nextBinding().get(org.apache.jena.sparql.core.Var.alloc("v"));
        return Optional.of(value.isLiteral() ? value.getLiteralLexicalForm() : value.toString());
    }

    @Override
    public void replaceGraph(String graphIri, Graph graph) {
        graphStore.put(graphIri, graph);
    }

    @Override
    public QueryOutcome query(String sparql, QueryControl control) {
        Query query = SparqlQueries.parse(sparql);
        // The server enforces the limit: RDF4J sends it as the SPARQL protocol's timeout.
        int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, control.timeout().toSeconds()));
        if (!(query.isSelectType() || query.isAskType() || query.isConstructType() || query.isDescribeType())) {
            throw new UserInputException("unsupported query form: use SELECT, ASK, CONSTRUCT or DESCRIBE");
        }
        // The parsed query, serialised, carries the predeclared prefixes to a server that knows none of them.
        if (query.isAskType() && dialect.asksBySelect()) {
            return new QueryOutcome.Ask(selectAsSent(dialect.query(QueryDialect.askAsSelect(query)),
                    dialect.timeoutSeconds(seconds)).hasNext());
        }
        String text = dialect.query(query);
        seconds = dialect.timeoutSeconds(seconds);
        if (query.isSelectType()) {
            return new QueryOutcome.Select(selectAsSent(text, seconds));
        }
        try (RepositoryConnection c = repository.getConnection()) {
            if (query.isAskType()) {
                var ask = c.prepareBooleanQuery(text);
                ask.setMaxExecutionTime(seconds);
                return new QueryOutcome.Ask(ask.evaluate());
            }
            var graphQuery = c.prepareGraphQuery(text);
            graphQuery.setMaxExecutionTime(seconds);
            try (GraphQueryResult result = graphQuery.evaluate()) {
                return new QueryOutcome.Triples(Rdf4jToJena.triples(result));
            }
        } catch (RDF4JException e) {
            throw RemoteErrors.describe(endpoints.query(), "the query", e);
        }
    }

    private ResultSetRewindable select(String text) {
        return select(text, dialect.timeoutSeconds((int) QueryControl.DEFAULT_TIMEOUT.toSeconds()));
    }

    private ResultSetRewindable select(String text, int seconds) {
        return selectAsSent(dialect.query(text), seconds);
    }

    private ResultSetRewindable selectAsSent(String text, int seconds) {
        try (RepositoryConnection c = repository.getConnection()) {
            var tupleQuery = c.prepareTupleQuery(text);
            tupleQuery.setMaxExecutionTime(seconds);
            try (TupleQueryResult result = tupleQuery.evaluate()) {
                return Rdf4jToJena.rows(result);
            }
        } catch (RDF4JException e) {
            throw RemoteErrors.describe(endpoints.query(), "the query", e);
        }
    }

    @Override
    public void export(RDFFormat format, String graphIriOrNull, OutputStream out) {
        boolean quads = RDFFormat.NQUADS.getLang().equals(format.getLang())
                || RDFFormat.TRIG.getLang().equals(format.getLang());
        if (!quads) {
            // GRAPH ?g rather than the default graph, so the export is whole even where the server's default graph is not the union.
            String where = graphIriOrNull == null ? "GRAPH ?g { ?s ?p ?o }" : "GRAPH " + iri(graphIriOrNull) + " { ?s ?p ?o }";
            Model model = ((QueryOutcome.Triples) query("CONSTRUCT { ?s ?p ?o } WHERE { " + where + " }")).model();
            RDFWriter.source(model.getGraph()).format(format).output(out);
            return;
        }
        List<String> graphs = graphIriOrNull == null ? graphNames() : List.of(graphIriOrNull);
        if (StreamRDFWriter.registered(format)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
            writer.start();
            Prefixes.standard().getNsPrefixMap().forEach(writer::prefix);
            graphs.forEach(g -> graphStore.read(g, new IntoGraph(g, writer)));
            writer.finish();
        } else {
            DatasetGraph dataset = DatasetGraphFactory.createGeneral();
            dataset.prefixes().putAll(Prefixes.standard());
            StreamRDF sink = StreamRDFLib.dataset(dataset);
            graphs.forEach(g -> graphStore.read(g, new IntoGraph(g, sink)));
            RDFWriter.source(dataset).format(format).output(out);
        }
    }

    /** The named graphs, one per ingested source file. */
    private List<String> graphNames() {
        ResultSetRewindable rows = select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g");
        List<String> graphs = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            graphs.add(row.getResource("g").getURI());
        }
        return graphs;
    }

    // Graph and property IRIs are ours, but a quote or bracket in one would change the query's meaning.
    private static String iri(String iri) {
        if (iri.chars().anyMatch(ch -> ch <= ' ' || "<>\"{}|^`\\".indexOf(ch) >= 0)) {
            throw new IllegalArgumentException("not an IRI: " + iri);
        }
        return "<" + iri + ">";
    }

    @Override
    public void close() {
        repository.shutDown();
    }

    /** Passes one graph's triples on as quads of that graph; the outer writer owns start, finish and prefixes. */
    private static final class IntoGraph extends StreamRDFBase {

        private final Node graph;
        private final StreamRDF quads;

        IntoGraph(String graphIri, StreamRDF quads) {
            this.graph = NodeFactory.createURI(graphIri);
            this.quads = quads;
        }

        @Override
        public void triple(Triple triple) {
            quads.quad(Quad.create(graph, triple));
        }
    }
}
