package org.newskg.spark;

import org.newskg.extractor.Extractor;

/**
 * The one extractor of an executor JVM, built on first use inside a task, never shipped: HanLP's
 * analyzers are not serialisable and its custom dictionary is not safe to load twice at once, so
 * every task of the JVM shares this instance (the extractor itself is thread-safe, as ingest's
 * worker threads rely on). Its dictionaries and word lists are read from the job's jar.
 */
final class ExecutorExtractor {

    private static volatile Extractor extractor;

    private ExecutorExtractor() {
    }

    static Extractor get() {
        Extractor e = extractor;
        if (e == null) {
            synchronized (ExecutorExtractor.class) {
                e = extractor;
                if (e == null) {
                    e = Extractor.standard();
                    extractor = e;
                }
            }
        }
        return e;
    }
}
