package org.newskg.extractor.store;

/**
 * A store that keeps the space of replaced and superseded data until it is compacted, and can
 * give that space back. TDB2 is one: it never overwrites a block in place, so every committed
 * transaction leaves the blocks it changed behind.
 */
public interface Compactable {

    /** Bytes the store's files take now. */
    long sizeOnDisk();

    /** Rewrites the store without the space it no longer uses; safe while readers are open. */
    Compaction compact();
}
