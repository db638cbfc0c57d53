package org.newskg.extractor.store;

import java.net.BindException;
import java.time.Duration;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.extractor.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a local TDB2 store as a SPARQL endpoint (Fuseki, inside this process, since TDB2 lets
 * only one process open a store). Safe by default: bound to one interface, read-only (query and
 * Graph Store reads), every query limited in time and rows.
 */
public final class SparqlEndpointServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SparqlEndpointServer.class);

    /**
     * How to serve.
     *
     * @param host         the interface to bind; 127.0.0.1 keeps other machines out
     * @param port         the port; 0 picks a free one
     * @param dataset      the dataset's path segment: {@code http://host:port/DATASET}
     * @param allowUpdates whether SPARQL Update and Graph Store writes are accepted
     * @param timeout      the longest a query may run
     * @param maxRows      the most solutions a query may return
     */
    public record Options(String host, int port, String dataset, boolean allowUpdates, Duration timeout, long maxRows) {

        public static final String DEFAULT_HOST = "127.0.0.1";
        public static final int DEFAULT_PORT = 3030;
        public static final String DEFAULT_DATASET = "newskg";
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
        public static final long DEFAULT_MAX_ROWS = 10_000;

        public Options {
            if (port < 0 || port > 65535) {
                throw new UserInputException("--port " + port + " is not a port number (0 to 65535; 0 picks a free one)");
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new UserInputException("--timeout must be at least one second");
            }
            if (maxRows < 1) {
                throw new UserInputException("--max-rows must be at least 1");
            }
            if (!dataset.matches("[A-Za-z0-9_.-]+")) {
                throw new UserInputException("dataset name '" + dataset + "' must be letters, digits, '.', '_' or '-'");
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATASET, false, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS);
        }
    }

    private final FusekiServer server;
    private final Options options;
    private final String storeLocation;

    private SparqlEndpointServer(FusekiServer server, Options options, String storeLocation) {
        this.server = server;
        this.options = options;
        this.storeLocation = storeLocation;
    }

    /** Starts serving {@code store}, which must be a local store and stay open while served. */
    public static SparqlEndpointServer start(Store store, Options options) {
        if (!(store instanceof TdbStore tdb)) {
            throw new UserInputException("serve needs a local store directory, not " + store.location()
                    + " (that server already has its own endpoint)");
        }
        FusekiServer server = FusekiServer.create()
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                        new BoundedQueryService(options.maxRows(), options.timeout()))
                .port(options.port())
                .add("/" + options.dataset(), tdb.datasetGraph(), options.allowUpdates())
                .build();
        // The builder knows only "all interfaces" or "localhost"; the connector takes any host.
        ((ServerConnector) server.getJettyServer().getConnectors()[0]).setHost(options.host());
        try {
            server.start();
        } catch (FusekiException e) {
            throw startFailure(options, e);
        }
        LOG.info("serving {} at {} (updates {})", store.location(), datasetUrl(options, server.getHttpPort()),
                options.allowUpdates() ? "allowed" : "refused");
        return new SparqlEndpointServer(server, options, store.location());
    }

    private static UserInputException startFailure(Options options, FusekiException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return new UserInputException("cannot serve on " + options.host() + ":" + options.port() + ": "
                        + t.getMessage() + "; is the port in use? choose another with --port", e);
            }
        }
        return new UserInputException("cannot start the SPARQL server: " + SparqlQueries.oneLine(e.getMessage()), e);
    }

    private static String datasetUrl(Options options, int port) {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port + "/" + options.dataset();
    }

    /** The dataset's URL, which {@code --store} accepts; query at {@code /sparql}, graphs at {@code /data}. */
    public String datasetUrl() {
        return datasetUrl(options, server.getHttpPort());
    }

    public int port() {
        return server.getHttpPort();
    }

    public Options options() {
        return options;
    }

    public String storeLocation() {
        return storeLocation;
    }

    /** Blocks until the server stops. */
    public void awaitStop() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
