package org.newskg.extractor.ingest;

import org.newskg.extractor.store.Compaction;

/** Hears about progress, so a front end can show it; every method may be left out. */
public interface IngestListener {

    IngestListener SILENT = new IngestListener() {
    };

    /**
     * The sources to do are known: {@code sources} counts a file of its own as one and each
     * record of a JSON Lines, CSV or TSV file as one.
     */
    default void started(int sources) {
    }

    /** One source is done, for better or worse; an ingested one is committed to the store. */
    default void fileDone(FileOutcome outcome) {
    }

    /**
     * A write transaction was committed (after the {@link #fileDone} calls of its sources).
     *
     * @param sources    the sources it wrote
     * @param quads      the quads it wrote
     * @param storeBytes the store's size on disk after it, or -1 when the store is not local
     */
    default void committed(int sources, long quads, long storeBytes) {
    }

    /** The store, {@code bytes} on disk, is being compacted before the run goes on. */
    default void compacting(long bytes) {
    }

    /** The compaction announced by {@link #compacting} is done. */
    default void compacted(Compaction compaction) {
    }
}
