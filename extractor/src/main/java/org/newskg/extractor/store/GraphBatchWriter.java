package org.newskg.extractor.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Writes many whole named graphs at once, the way each kind of store takes bulk data best: a
 * TDB2 store through Jena's own loader (TDB2's bulk loader, one transaction per batch after the
 * batch's old graphs are dropped in one), a remote store with one Graph Store Protocol PUT per
 * graph, a few at a time. Either way a batch's graphs are whole or absent after a kill, and
 * a graph found absent is loaded again on the next run.
 */
public interface GraphBatchWriter extends AutoCloseable {

    /**
     * Replaces each graph of {@code batch} (graph IRI → its quads); graphs in {@code adding} are
     * added to rather than replaced (their earlier quads were written by this run).
     */
    void write(Map<String, List<Quad>> batch, java.util.Set<String> adding);

    @Override
    default void close() {
    }

    static GraphBatchWriter forStore(Store store) {
        if (store instanceof TdbStore tdb) {
            return new TdbLoader(tdb.datasetGraph());
        }
        return new GraphPerRequest(store, 4);
    }

    /** TDB2: drop the batch's graphs in one transaction, then load its quads with Jena's loader. */
    final class TdbLoader implements GraphBatchWriter {

        private final DatasetGraph dsg;

        TdbLoader(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        @Override
        public void write(Map<String, List<Quad>> batch, java.util.Set<String> adding) {
            Txn.executeWrite(dsg, () -> batch.keySet().stream().filter(g -> !adding.contains(g))
                    .forEach(g -> dsg.deleteAny(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY)));
            DataLoader loader = LoaderFactory.createLoader(dsg, (format, args) -> { });
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                batch.values().forEach(quads -> quads.forEach(stream::quad));
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        }
    }

    /** Any other store: each graph replaced in a request of its own, {@code parallel} at a time. */
    final class GraphPerRequest implements GraphBatchWriter {

        private final Store store;
        private final ExecutorService requests;

        GraphPerRequest(Store store, int parallel) {
            this.store = store;
            this.requests = Executors.newFixedThreadPool(parallel, task -> {
                Thread t = new Thread(task, "newskg-load-request");
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public void write(Map<String, List<Quad>> batch, java.util.Set<String> adding) {
            List<Future<?>> pending = new ArrayList<>();
            batch.forEach((graphIri, quads) -> pending.add(requests.submit(() -> {
                Graph graph = GraphFactory.createDefaultGraph();
                if (adding.contains(graphIri)) {
                    // Rare: a graph split across input files. Read what this run wrote and write the whole again.
                    java.io.ByteArrayOutputStream nq = new java.io.ByteArrayOutputStream();
                    store.export(org.apache.jena.riot.RDFFormat.NQUADS, graphIri, nq);
                    org.apache.jena.riot.RDFParser.source(new java.io.ByteArrayInputStream(nq.toByteArray()))
                            .lang(org.apache.jena.riot.Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
                                @Override
                                public void quad(Quad quad) {
                                    graph.add(quad.asTriple());
                                }
                            });
                }
                quads.forEach(q -> graph.add(q.asTriple()));
                store.replaceGraph(graphIri, graph);
            })));
            for (Future<?> f : pending) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pending.forEach(p -> p.cancel(true));
                    throw new java.util.concurrent.CancellationException("load interrupted");
                } catch (ExecutionException e) {
                    pending.forEach(p -> p.cancel(true));
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }

        @Override
        public void close() {
            requests.shutdownNow();
        }
    }
}
