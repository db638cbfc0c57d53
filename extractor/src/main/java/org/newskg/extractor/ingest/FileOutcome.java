package org.newskg.extractor.ingest;

import java.nio.file.Path;
import org.newskg.extractor.source.SourceMetadata;

/**
 * What happened to one source: a file of its own, or one record of a JSON Lines, CSV or TSV file.
 *
 * @param file     the file read
 * @param line     for a record, the line it starts on; 0 for a whole file
 * @param status   ingested, unchanged or failed
 * @param message  for a failure, the one-line reason; otherwise null
 * @param metadata paper and date with their basis, when the source could be read
 * @param articles articles found
 * @param triples  triples written to the source's graph
 */
public record FileOutcome(Path file, long line, Status status, String message, SourceMetadata metadata, int articles,
                          long triples) {

    public enum Status { INGESTED, UNCHANGED, FAILED }

    static FileOutcome failed(Path file, long line, String message) {
        return new FileOutcome(file, line, Status.FAILED, message, null, 0, 0);
    }

    /** Whether the source is one record of a larger file. */
    public boolean record() {
        return line > 0;
    }

    /** How the source is named to the user: {@code 003.txt}, {@code news.jsonl line 12}. */
    public String label() {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return record() ? name + " line " + line : name;
    }

    /** The failure in one line naming its source: a record's message names its file and line already. */
    public String failureLine() {
        return record() ? message : file + ": " + message;
    }
}
