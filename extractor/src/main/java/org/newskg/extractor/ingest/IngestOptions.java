package org.newskg.extractor.ingest;

import java.time.LocalDate;

/**
 * What the user said about the files on the command line; each value wins over the manifest and
 * the text.
 *
 * @param paper        the paper's name ({@code --paper}), or null
 * @param date         the publication date ({@code --date}), or null
 * @param compactAboveBytes when a local store is compacted during the run ({@code --compact-above})
 */
public record IngestOptions(String paper, LocalDate date, long compactAboveBytes) {

    public IngestOptions {
        if (compactAboveBytes < 0) {
            throw new IllegalArgumentException("negative size limit " + compactAboveBytes);
        }
    }

    public IngestOptions(String paper, LocalDate date) {
        this(paper, date, CompactionPolicy.DEFAULT_LIMIT_BYTES);
    }

    public static IngestOptions none() {
        return new IngestOptions(null, null);
    }

    /** The same options, compacting the store during the run above {@code bytes} (0: never). */
    public IngestOptions withCompactAbove(long bytes) {
        return new IngestOptions(paper, date, bytes);
    }
}
