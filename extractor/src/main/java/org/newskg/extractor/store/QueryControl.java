package org.newskg.extractor.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a query may run, and a way to stop it from another thread (the shell's Ctrl-C).
 * One control serves one query at a time.
 */
public final class QueryControl {

    /** The limit when the user names none: long enough for honest analytics, short enough to notice a runaway. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Duration timeout;
    private volatile Runnable abort;
    private volatile boolean cancelled;

    private QueryControl(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout);
    }

    public static QueryControl withTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return new QueryControl(timeout);
    }

    public static QueryControl defaults() {
        return new QueryControl(DEFAULT_TIMEOUT);
    }

    public Duration timeout() {
        return timeout;
    }

    /** Stops the running query, if any; it then fails with "query cancelled". Safe from any thread. */
    public void cancel() {
        cancelled = true;
        Runnable a = abort;
        if (a != null) {
            a.run();
        }
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** The store says how to stop the query it is running; a cancel that came first stops it at once. */
    void running(Runnable abortAction) {
        abort = abortAction;
        if (cancelled) {
            abortAction.run();
        }
    }

    void finished() {
        abort = null;
    }
}
