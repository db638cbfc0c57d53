package org.newskg.shell.export;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newskg.extractor.store.Store;

/**
 * Every quad of a store, streamed: the store writes N-Quads (which it does in constant memory) on
 * one thread into a pipe this one parses, so a whole store passes through without a copy in memory.
 * Each pass reads the store anew.
 */
final class StoreQuadStream implements PropertyGraphBuilder.QuadSource {

    private static final int PIPE_BYTES = 1 << 20;

    private final Store store;

    StoreQuadStream(Store store) {
        this.store = store;
    }

    @Override
    public void forEach(Consumer<Quad> sink) {
        try (PipedInputStream in = new PipedInputStream(PIPE_BYTES)) {
            PipedOutputStream out = new PipedOutputStream(in);
            RuntimeException[] failed = new RuntimeException[1];
            Thread writer = new Thread(() -> {
                try (out) {
                    store.export(RDFFormat.NQUADS, null, out);
                } catch (IOException | RuntimeException e) {
                    // A reader that stopped early closes the pipe: that is not the store's failure.
                    failed[0] = e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
                }
            }, "newskg-export-stream");
            writer.setDaemon(true);
            writer.start();
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    sink.accept(quad);
                }

                @Override
                public void triple(Triple triple) {
                    sink.accept(Quad.create(Quad.defaultGraphIRI, triple));
                }
            });
            writer.join();
            if (failed[0] != null) {
                throw failed[0];
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the store", e);
        }
    }
}
