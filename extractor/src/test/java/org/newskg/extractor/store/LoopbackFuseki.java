package org.newskg.extractor.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A real Fuseki on 127.0.0.1 and a free port, serving an in-memory TDB2 dataset configured as
 * NewsKG requires of any server: the default graph is the union of the named graphs.
 */
final class LoopbackFuseki implements AutoCloseable {

    static final String DATASET = "newskg";

    private final FusekiServer server;

    private LoopbackFuseki(FusekiServer server) {
        this.server = server;
    }

    static LoopbackFuseki start() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create().port(0).add("/" + DATASET, dsg, true).build();
        ((ServerConnector) server.getJettyServer().getConnectors()[0]).setHost("127.0.0.1");
        return new LoopbackFuseki(server.start());
    }

    String datasetUrl() {
        return "http://127.0.0.1:" + server.getHttpPort() + "/" + DATASET;
    }

    @Override
    public void close() {
        server.stop();
    }
}
