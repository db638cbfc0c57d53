package org.newskg.shell.console;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.newskg.extractor.ingest.FileOutcome;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.ingest.IngestReport;

/**
 * The one ingest the interactive shell may run behind the prompt, so queries keep answering while
 * pages go in. TDB2 lets readers work beside the one writer, which commits many sources at a time;
 * a query sees the store as of the last commit.
 */
public final class BackgroundIngest {

    private volatile CompletableFuture<IngestReport> job;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private volatile long startedNanos;
    private volatile String description;

    /** Whether an ingest is still running. */
    public boolean running() {
        CompletableFuture<IngestReport> j = job;
        return j != null && !j.isDone();
    }

    /**
     * Starts {@code work} on its own thread, handing it a listener that counts files for
     * {@link #status()} and passes each outcome on to {@code progress}.
     *
     * @throws IllegalStateException when an ingest is already running
     */
    public synchronized CompletableFuture<IngestReport> start(String what, IngestListener progress,
                                                                 Function<IngestListener, IngestReport> work) {
        if (running()) {
            throw new IllegalStateException("an ingest is already running");
        }
        total.set(0);
        done.set(0);
        startedNanos = System.nanoTime();
        description = what;
        IngestListener counting = new IngestListener() {
            @Override
            public void started(int files) {
                total.set(files);
                progress.started(files);
            }

            @Override
            public void fileDone(FileOutcome outcome) {
                done.incrementAndGet();
                progress.fileDone(outcome);
            }

            @Override
            public void committed(int sources, long quads, long storeBytes) {
                progress.committed(sources, quads, storeBytes);
            }

            @Override
            public void compacting(long bytes) {
                progress.compacting(bytes);
            }

            @Override
            public void compacted(org.newskg.extractor.store.Compaction compaction) {
                progress.compacted(compaction);
            }
        };
        CompletableFuture<IngestReport> started = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                started.complete(work.apply(counting));
            } catch (Throwable t) {
                started.completeExceptionally(t);
            }
        }, "newskg-background-ingest");
        worker.setDaemon(true);
        job = started;
        worker.start();
        return started;
    }

    /** One line on what the background ingest is doing or did; null when none was started. */
    public String status() {
        CompletableFuture<IngestReport> j = job;
        if (j == null) {
            return null;
        }
        long seconds = Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
        String state = j.isDone() ? (j.isCompletedExceptionally() ? "stopped by an error" : "finished") : "running";
        return "ingest " + description + ": " + state + ", " + done.get() + " of " + total.get() + " sources, " + seconds + " s";
    }
}
