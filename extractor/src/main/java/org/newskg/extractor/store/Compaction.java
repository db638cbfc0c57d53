package org.newskg.extractor.store;

import java.time.Duration;

/**
 * What a compaction did.
 *
 * @param bytesBefore the store's size on disk before
 * @param bytesAfter  its size after
 */
public record Compaction(long bytesBefore, long bytesAfter, Duration elapsed) {

    public long bytesReclaimed() {
        return Math.max(0, bytesBefore - bytesAfter);
    }
}
