package org.newskg.extractor.store;

import java.util.List;

/**
 * Where a remote dataset answers queries, takes updates and keeps its graphs (Graph Store
 * Protocol). Servers lay these out differently, so the user names only the dataset and the
 * layout is guessed from the URL; system properties override each endpoint for other servers.
 *
 * @param query      the SPARQL query endpoint
 * @param update     the SPARQL update endpoint
 * @param graphStore the Graph Store Protocol endpoint ({@code ?graph=IRI} is appended)
 * @param server     whose dialect the endpoints speak
 */
public record RemoteEndpoints(String query, String update, String graphStore, Server server) {

    /** The servers whose SPARQL differs from the standard in ways NewsKG must work around. */
    public enum Server {
        /** Any server that keeps to SPARQL 1.1 (Fuseki, RDF4J Server, GraphDB, …). */
        STANDARD,
        /** OpenLink Virtuoso: {@code /sparql}, {@code /sparql-graph-crud}, system graphs in the default graph. */
        VIRTUOSO
    }

    public RemoteEndpoints(String query, String update, String graphStore) {
        this(query, update, graphStore, Server.STANDARD);
    }

    /** Overrides the query endpoint, e.g. {@code -Dnewskg.remote.query=http://host/sparql}. */
    public static final String QUERY_PROPERTY = "newskg.remote.query";
    public static final String UPDATE_PROPERTY = "newskg.remote.update";
    public static final String GRAPH_STORE_PROPERTY = "newskg.remote.data";

    /** Whether a URL answers SPARQL queries; throws a one-line error when the server cannot be reached at all. */
    @FunctionalInterface
    public interface QueryProbe {
        boolean answersQueries(String url);
    }

    public static boolean isRemote(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /**
     * The endpoints of the dataset at {@code base}. RDF4J Server and GraphDB keep a repository at
     * {@code …/repositories/ID} with updates at {@code /statements} and graphs at
     * {@code /rdf-graphs/service}; otherwise Fuseki's layout ({@code /query}, {@code /update},
     * {@code /data}) is assumed, and the base URL itself answers queries when {@code /query} does not.
     */
    public static RemoteEndpoints resolve(String base, QueryProbe probe) {
        return resolve(base, probe, false);
    }

    public static RemoteEndpoints resolve(String base, QueryProbe probe, boolean authenticated) {
        String dataset = base.replaceAll("/+$", "");
        if (dataset.matches("https?://[^/]+/sparql(-auth)?")) {
            String root = dataset.replaceAll("/sparql(-auth)?$", "");
            String graphStore = System.getProperty(GRAPH_STORE_PROPERTY,
                    root + (authenticated ? "/sparql-graph-crud-auth" : "/sparql-graph-crud"));
            String query = System.getProperty(QUERY_PROPERTY, root + "/sparql");
            if (!probe.answersQueries(query)) {
                throw new org.newskg.extractor.UserInputException("no SPARQL query endpoint at " + query
                        + ": give Virtuoso's endpoint (http://host:8890/sparql) or set -D" + QUERY_PROPERTY + "=URL");
            }
            return new RemoteEndpoints(query, System.getProperty(UPDATE_PROPERTY, query), graphStore, Server.VIRTUOSO);
        }
        boolean rdf4jLayout = dataset.matches(".*/repositories/[^/]+$");
        String update = System.getProperty(UPDATE_PROPERTY,
                rdf4jLayout ? dataset + "/statements" : dataset + "/update");
        String graphStore = System.getProperty(GRAPH_STORE_PROPERTY,
                rdf4jLayout ? dataset + "/rdf-graphs/service" : dataset + "/data");
        String query = System.getProperty(QUERY_PROPERTY);
        if (query == null) {
            List<String> candidates = rdf4jLayout ? List.of(dataset) : List.of(dataset + "/query", dataset);
            query = candidates.stream().filter(probe::answersQueries).findFirst()
                    .orElseThrow(() -> new org.newskg.extractor.UserInputException("no SPARQL query endpoint at "
                            + String.join(" or ", candidates) + ": give the dataset URL (Fuseki: http://host:3030/NAME)"
                            + " or set -D" + QUERY_PROPERTY + "=URL"));
        }
        return new RemoteEndpoints(query, update, graphStore);
    }
}
