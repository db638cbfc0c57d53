package org.newskg.extractor.source;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about a source file beyond its text: the paper it comes from and its publication
 * date, each with where that knowledge came from, so the user can be told.
 */
public record SourceMetadata(String paper, LocalDate date, Basis paperBasis, Basis dateBasis) {

    /** Where a metadata value came from, in order of trust. */
    public enum Basis { OPTION, MANIFEST, TEXT, UNKNOWN }

    public static SourceMetadata unknown() {
        return new SourceMetadata(null, null, Basis.UNKNOWN, Basis.UNKNOWN);
    }

    public Optional<String> paperName() {
        return Optional.ofNullable(paper);
    }

    public Optional<LocalDate> publicationDate() {
        return Optional.ofNullable(date);
    }
}
