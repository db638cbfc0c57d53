package org.newskg.extractor.ingest;

import java.time.LocalDate;
import org.newskg.extractor.source.RecordColumns;

/**
 * What the user said about the sources on the command line; each value wins over the manifest,
 * the records and the text.
 *
 * @param paper             the paper's name ({@code --paper}), or null
 * @param date              the publication date ({@code --date}), or null
 * @param compactAboveBytes when a local store is compacted during the run ({@code --compact-above})
 * @param columns           the columns of header-less CSV, TSV and {@code .txt} rows ({@code --columns}), or null
 * @param batch             when the writer commits ({@code --batch-quads}, {@code --batch-ms})
 */
public record IngestOptions(String paper, LocalDate date, long compactAboveBytes, RecordColumns columns,
                            CommitBatching batch) {

    public IngestOptions {
        if (compactAboveBytes < 0) {
            throw new IllegalArgumentException("negative size limit " + compactAboveBytes);
        }
        batch = batch == null ? CommitBatching.DEFAULT : batch;
    }

    public IngestOptions(String paper, LocalDate date, long compactAboveBytes) {
        this(paper, date, compactAboveBytes, null, CommitBatching.DEFAULT);
    }

    public IngestOptions(String paper, LocalDate date) {
        this(paper, date, CompactionPolicy.DEFAULT_LIMIT_BYTES);
    }

    public static IngestOptions none() {
        return new IngestOptions(null, null);
    }

    /** The same options, compacting the store during the run above {@code bytes} (0: never). */
    public IngestOptions withCompactAbove(long bytes) {
        return new IngestOptions(paper, date, bytes, columns, batch);
    }

    /** The same options, reading header-less rows with these columns. */
    public IngestOptions withColumns(RecordColumns newColumns) {
        return new IngestOptions(paper, date, compactAboveBytes, newColumns, batch);
    }

    /** The same options, committing as {@code newBatch} says. */
    public IngestOptions withBatch(CommitBatching newBatch) {
        return new IngestOptions(paper, date, compactAboveBytes, columns, newBatch);
    }
}
