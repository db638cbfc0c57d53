package org.newskg.extractor.ingest;

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
}
