package org.newskg.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompactionPolicyTest {

    private static final long GB = 1L << 30;

    @Test
    void waitsUntilTheStoreIsLargerThanTheLimit() {
        CompactionPolicy policy = CompactionPolicy.above(8 * GB);
        assertFalse(policy.due(8 * GB));
        assertTrue(policy.due(8 * GB + 1));
    }

    @Test
    void afterACompactionWaitsForTheStoreToDoubleWhenThatIsMoreThanTheLimit() {
        CompactionPolicy policy = CompactionPolicy.above(8 * GB);
        policy.compacted(6 * GB);
        assertFalse(policy.due(10 * GB), "10 GB is over the limit but less than twice the 6 GB left after compacting");
        assertTrue(policy.due(12 * GB + 1));
        policy.compacted(1 * GB);
        assertTrue(policy.due(8 * GB + 1), "the limit rules again once the store has shrunk");
    }

    @Test
    void zeroNeverCompacts() {
        assertFalse(CompactionPolicy.above(0).due(Long.MAX_VALUE));
        assertFalse(CompactionPolicy.never().due(Long.MAX_VALUE));
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CompactionPolicy.above(-1));
    }
}
