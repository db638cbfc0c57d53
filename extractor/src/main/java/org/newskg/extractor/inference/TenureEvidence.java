package org.newskg.extractor.inference;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the store says about one tenure: the days articles attest it as held, the days changes
 * the text reports begin or end it, and the days articles call it former.
 *
 * @param tenure       the tenure's IRI
 * @param post         the post's IRI: tenures of one post are compared with one another
 * @param singleHolder whether one person holds the post at a time (newskg.ttl, nkg:SingleHolderRoleScheme)
 */
public record TenureEvidence(String tenure, String post, boolean singleHolder, SortedSet<LocalDate> attested,
                             SortedSet<LocalDate> begins, SortedSet<LocalDate> ends, SortedSet<LocalDate> formerOn) {

    public TenureEvidence {
        attested = new TreeSet<>(attested);
        begins = new TreeSet<>(begins);
        ends = new TreeSet<>(ends);
        formerOn = new TreeSet<>(formerOn);
    }

    /** The first day anything says the holding was on: the first attestation or a stated start. */
    LocalDate firstEvidence() {
        LocalDate first = attested.isEmpty() ? null : attested.first();
        if (!begins.isEmpty() && (first == null || begins.first().isBefore(first))) {
            first = begins.first();
        }
        return first;
    }
}
