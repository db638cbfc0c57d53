package org.newskg.extractor.ingest;

import java.time.Duration;

/**
 * When the writer closes a write transaction: after {@code quads} quads or {@code maxDelay}
 * since the batch's first source, whichever comes first. Every TDB2 commit forces its files to
 * disk and copies each index block it touched, so one commit per source made ingest as slow as
 * the disk and the store grow by megabytes per source; a batch pays that once for many sources.
 * A killed run loses at most the open batch, and rerunning redoes exactly its sources.
 *
 * @param quads    quads per commit (1: a source per commit, as before)
 * @param maxDelay the longest a finished source waits to be committed
 */
public record CommitBatching(long quads, Duration maxDelay) {

    /**
     * Measured with {@code newskg bench} (a story per file): 100,000 quads is a few hundred
     * stories, a second or two of extraction on two cores, and holds the commit cost under a
     * tenth of the writing time; larger batches gained little and hold more graphs in memory.
     */
    public static final long DEFAULT_QUADS = 100_000;

    /** A slow run (one large page at a time) still commits, and shows progress, every few seconds. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(5);

    public static final CommitBatching DEFAULT = new CommitBatching(DEFAULT_QUADS, DEFAULT_DELAY);

    /** One source per transaction. */
    public static final CommitBatching EACH = new CommitBatching(1, Duration.ZERO);

    public CommitBatching {
        if (quads < 1) {
            throw new IllegalArgumentException("a batch holds at least 1 quad, not " + quads);
        }
        if (maxDelay.isNegative()) {
            throw new IllegalArgumentException("negative delay " + maxDelay);
        }
    }
}
