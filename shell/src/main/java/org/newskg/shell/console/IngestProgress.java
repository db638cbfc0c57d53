package org.newskg.shell.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.newskg.extractor.ingest.FileOutcome;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.store.Compaction;

/**
 * Shows a long ingest on stderr so a person can follow it at 100,000 sources: on a terminal one
 * line updated in place ({@code 1,204/100,000 sources  3,377 articles  41.2 articles/s  38m12s
 * left  store 212.4 MiB}); in a log (stderr not a terminal) that line every few seconds; in the
 * background of the interactive shell nothing but failures. A failed source is always named, one
 * line each; {@code --verbose} adds a line per source:
 * {@code [3/40] 003.txt  内蒙古日报 (manifest) 2024-02-07 (text)  12 articles  4,210 triples}.
 * Sources are counted when their transaction is committed.
 */
public final class IngestProgress implements IngestListener {

    /** How progress is shown. */
    public enum Style {
        /** One status line redrawn in place (stderr is a terminal). */
        LIVE,
        /** A status line every {@link #LOG_INTERVAL} (stderr is a file or a pipe). */
        LOG,
        /** Failures only (an ingest behind the interactive shell's prompt). */
        QUIET
    }

    static final Duration LOG_INTERVAL = Duration.ofSeconds(5);
    private static final Duration REDRAW_INTERVAL = Duration.ofMillis(250);

    private final PrintStream err;
    private final Style style;
    private final boolean verbose;
    private final LongSupplier nanoClock;
    private long startedNanos;
    private long lastShownNanos;
    private int total;
    private int done;
    private int failed;
    private long articles;
    private long storeBytes = -1;
    private boolean lineOpen;

    public IngestProgress(PrintStream err, Style style, boolean verbose) {
        this(err, style, verbose, System::nanoTime);
    }

    IngestProgress(PrintStream err, Style style, boolean verbose, LongSupplier nanoClock) {
        this.err = err;
        this.style = style;
        this.verbose = verbose;
        this.nanoClock = nanoClock;
        this.startedNanos = nanoClock.getAsLong();
        this.lastShownNanos = startedNanos;
    }

    /** The style for stderr as it is: live on a terminal, periodic lines otherwise. */
    public static Style styleForStderr() {
        return stderrIsTerminal() ? Style.LIVE : Style.LOG;
    }

    /**
     * Whether stderr is a terminal. Java tells only of stdin and stdout together
     * ({@link System#console()}); on Linux, the link behind file descriptor 2 says it exactly.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void started(int sources) {
        total = sources;
        startedNanos = nanoClock.getAsLong();
        lastShownNanos = startedNanos;
    }

    @Override
    public synchronized void fileDone(FileOutcome outcome) {
        done++;
        articles += outcome.articles();
        if (outcome.status() == FileOutcome.Status.FAILED) {
            failed++;
            println("FAILED " + outcome.failureLine());
        } else if (verbose) {
            String counter = total > 1 ? "[" + done + "/" + total + "] " : "";
            println(counter + outcome.label() + "  " + describe(outcome));
        }
        tick(false);
    }

    @Override
    public synchronized void committed(int sources, long quads, long bytes) {
        storeBytes = bytes;
        tick(false);
    }

    @Override
    public synchronized void compacting(long bytes) {
        println("compacting the store (" + Sizes.human(bytes) + " on disk) before going on ...");
    }

    @Override
    public synchronized void compacted(Compaction compaction) {
        storeBytes = compaction.bytesAfter();
        println(String.format(Locale.ROOT, "compacted the store: %s -> %s in %.1f s", Sizes.human(compaction.bytesBefore()),
                Sizes.human(compaction.bytesAfter()), compaction.elapsed().toMillis() / 1000.0));
    }

    /** The run is over: the status line is shown a last time and closed. */
    public synchronized void finish() {
        if (style == Style.QUIET || done == 0 && style == Style.LOG) {
            return;
        }
        if (style == Style.LIVE || !verbose) {
            show();
        }
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
        err.flush();
    }

    /** The status line as it stands: sources done of total, articles, speed, time left, store size. */
    public synchronized String status() {
        double seconds = Math.max(1e-9, (nanoClock.getAsLong() - startedNanos) / 1e9);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d/%,d sources  %,d articles  %.1f articles/s",
                done, total, articles, articles / seconds));
        if (failed > 0) {
            sb.append(String.format(Locale.ROOT, "  %,d failed", failed));
        }
        if (done > 0 && done < total) {
            long left = (long) (seconds / done * (total - done));
            sb.append("  ").append(duration(left)).append(" left");
        }
        if (storeBytes >= 0) {
            sb.append("  store ").append(Sizes.human(storeBytes));
        }
        return sb.toString();
    }

    private void tick(boolean force) {
        if (style == Style.QUIET || verbose && style == Style.LOG) {
            return;
        }
        long now = nanoClock.getAsLong();
        Duration interval = style == Style.LIVE ? REDRAW_INTERVAL : LOG_INTERVAL;
        if (force || now - lastShownNanos >= interval.toNanos()) {
            lastShownNanos = now;
            show();
        }
    }

    private void show() {
        if (style == Style.LIVE) {
            // \r back to the line's start, ESC[K clears what a longer line left behind.
            err.print("\r" + status() + "\u001B[K");
            lineOpen = true;
        } else {
            err.println(status());
        }
        err.flush();
    }

    /** A line of its own, above the live status line (which is redrawn after it). */
    private void println(String line) {
        if (lineOpen) {
            err.print("\r\u001B[K");
            lineOpen = false;
        }
        err.println(line);
        if (style == Style.LIVE) {
            show();
        } else {
            err.flush();
        }
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }

    private static String describe(FileOutcome outcome) {
        return switch (outcome.status()) {
            case FAILED -> "FAILED: " + outcome.message();
            case UNCHANGED -> "unchanged";
            case INGESTED -> metadata(outcome.metadata()) + "  " + outcome.articles() + " articles  "
                    + String.format(Locale.ROOT, "%,d", outcome.triples()) + " triples";
        };
    }

    static String metadata(SourceMetadata m) {
        if (m == null) {
            return "paper and date unknown";
        }
        String paper = m.paper() == null ? "paper unknown" : m.paper() + " (" + basis(m.paperBasis()) + ")";
        String date = m.date() == null ? "date unknown" : m.date() + " (" + basis(m.dateBasis()) + ")";
        return paper + " " + date;
    }

    private static String basis(SourceMetadata.Basis basis) {
        return basis.name().toLowerCase(Locale.ROOT);
    }
}
