package org.newskg.extractor.inference;

import java.time.LocalDate;

/**
 * An interval a tenure is inferred to span.
 *
 * @param end   the last day, or null while nothing says it ended
 * @param basis {@code single-holder} (held until the next holder) or {@code evidence} (only as far as the evidence)
 */
public record InferredInterval(String tenure, LocalDate begin, LocalDate end, String basis) {

    public static final String SINGLE_HOLDER = "single-holder";
    public static final String EVIDENCE = "evidence";

    /** Whether the interval holds the day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(begin) && (end == null || !day.isAfter(end));
    }
}
