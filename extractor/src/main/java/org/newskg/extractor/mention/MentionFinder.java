package org.newskg.extractor.mention;

import java.util.List;

/**
 * One recogniser: finds spans of some types in a text. Implementations are pure (no I/O after
 * construction) and thread-safe, so one instance serves every worker.
 */
public interface MentionFinder {

    /** The mentions found in {@code text}, with offsets into {@code text}. */
    List<Mention> find(String text, TextContext context);
}
