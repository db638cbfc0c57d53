package org.newskg.extractor.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extractor.store.Compactable;
import org.newskg.extractor.store.Compaction;
import org.newskg.extractor.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the store between two files of an ingest when its {@link CompactionPolicy} says so.
 * Runs on the writer's thread, between transactions, so no file is ever half-written when it
 * starts; a store that needs no compaction (a remote one) is left alone.
 */
final class StoreCompactor {

    private static final Logger LOG = LoggerFactory.getLogger(StoreCompactor.class);

    private final Compactable store;
    private final CompactionPolicy policy;
    private final IngestListener listener;
    private final List<Compaction> done = new ArrayList<>();

    StoreCompactor(Store store, CompactionPolicy policy, IngestListener listener) {
        this.store = store instanceof Compactable c ? c : null;
        this.policy = policy;
        this.listener = listener;
    }

    /** Called after each file written: compacts when the store has grown past the policy's limit. */
    void afterWrite() {
        if (store == null || !policy.enabled()) {
            return;
        }
        long size = store.sizeOnDisk();
        if (!policy.due(size)) {
            return;
        }
        listener.compacting(size);
        Compaction compaction = store.compact();
        LOG.info("compacted the store from {} to {} bytes in {}", compaction.bytesBefore(), compaction.bytesAfter(),
                compaction.elapsed());
        policy.compacted(compaction.bytesAfter());
        done.add(compaction);
        listener.compacted(compaction);
    }

    List<Compaction> done() {
        return done;
    }
}
