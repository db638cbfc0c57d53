package org.newskg.extractor.ingest;

import java.time.LocalDate;

/**
 * What the user said about the files on the command line; each value wins over the manifest and
 * the text.
 *
 * @param paper the paper's name ({@code --paper}), or null
 * @param date  the publication date ({@code --date}), or null
 */
public record IngestOptions(String paper, LocalDate date) {

    public static IngestOptions none() {
        return new IngestOptions(null, null);
    }
}
