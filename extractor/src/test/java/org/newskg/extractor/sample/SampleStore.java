package org.newskg.extractor.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.ingest.IngestOptions;
import org.newskg.extractor.ingest.Ingestor;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.TdbStore;

/**
 * The bundled sample corpus ingested once per test run into a TDB2 store on disk, shared by the
 * tests that only read it (extraction takes seconds; reading takes milliseconds).
 */
public final class SampleStore {

    public static final Path CORPUS = Path.of("../data/corpus");

    private static Store store;

    private SampleStore() {
    }

    public static synchronized Store get() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("newskg-sample-store");
                store = TdbStore.open(dir);
                new Ingestor(store).ingest(List.of(CORPUS), IngestOptions.none(), IngestListener.SILENT);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    store.close();
                    delete(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
