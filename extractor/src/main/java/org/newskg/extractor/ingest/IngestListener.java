package org.newskg.extractor.ingest;

import org.newskg.extractor.store.Compaction;

/** Hears about progress, so a front end can show it; every method may be left out. */
public interface IngestListener {

    IngestListener SILENT = new IngestListener() {
    };

    /** The files to do are known. */
    default void started(int files) {
    }

    /** One file is done, for better or worse. */
    default void fileDone(FileOutcome outcome) {
    }

    /** The store, {@code bytes} on disk, is being compacted before the run goes on. */
    default void compacting(long bytes) {
    }

    /** The compaction announced by {@link #compacting} is done. */
    default void compacted(Compaction compaction) {
    }
}
