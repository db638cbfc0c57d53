package org.newskg.extractor.ingest;

/**
 * When a long ingest stops to compact the store. TDB2 writes every transaction's changed index
 * blocks afresh (copy-on-write), so a store written one file per transaction grows by several
 * MB per file whatever the file adds, and a run of thousands of files would fill the disk long
 * before it held much. Compacting costs time in proportion to what the store holds, so it waits
 * until the store is both larger than {@code limitBytes} and more than {@link #GROWTH} times what it
 * held after the last compaction: the space stays bounded, and the time spent compacting stays a
 * fraction of the run however large the corpus.
 */
public final class CompactionPolicy {

    /** Compact when the store has grown to this many times its size after the last compaction. */
    static final int GROWTH = 2;

    /** The default limit: 8 GiB, so ordinary runs never stop to compact. */
    public static final long DEFAULT_LIMIT_BYTES = 8L << 30;

    private final long limitBytes;
    private long compactedBytes;

    private CompactionPolicy(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** Compacts above {@code limitBytes} (and {@link #GROWTH}× the last compacted size); 0 never compacts. */
    public static CompactionPolicy above(long limitBytes) {
        if (limitBytes < 0) {
            throw new IllegalArgumentException("negative size limit " + limitBytes);
        }
        return new CompactionPolicy(limitBytes);
    }

    public static CompactionPolicy never() {
        return new CompactionPolicy(0);
    }

    /** Whether a store of {@code bytes} on disk should be compacted now. */
    public boolean due(long bytes) {
        return enabled() && bytes > Math.max(limitBytes, GROWTH * compactedBytes);
    }

    /** The store was compacted down to {@code bytes}. */
    public void compacted(long bytes) {
        compactedBytes = bytes;
    }

    /** Whether this policy ever compacts (a limit of 0 turns it off). */
    public boolean enabled() {
        return limitBytes > 0;
    }
}
