package org.newskg.extractor.ingest;

import java.nio.file.Path;
import org.newskg.extractor.source.SourceMetadata;

/**
 * What happened to one file.
 *
 * @param message  for a failure, the one-line reason; otherwise null
 * @param metadata paper and date with their basis, when the file could be read
 * @param articles articles found
 * @param triples  triples written to the file's graph
 */
public record FileOutcome(Path file, Status status, String message, SourceMetadata metadata, int articles, long triples) {

    public enum Status { INGESTED, UNCHANGED, FAILED }

    static FileOutcome failed(Path file, String message) {
        return new FileOutcome(file, Status.FAILED, message, null, 0, 0);
    }
}
