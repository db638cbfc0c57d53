package org.newskg.shell.console;

import java.io.PrintStream;
import java.util.Locale;
import org.newskg.extractor.ingest.FileOutcome;
import org.newskg.extractor.store.Compaction;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.source.SourceMetadata;

/**
 * One line on stderr per finished file, so a long ingest shows it is moving and which file
 * failed: {@code [3/40] 003.txt  内蒙古日报 (manifest) 2024-02-07 (text)  12 articles  4,210 triples}.
 */
public final class IngestProgress implements IngestListener {

    private final PrintStream err;
    private int total;
    private int done;

    public IngestProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void started(int files) {
        total = files;
    }

    @Override
    public void fileDone(FileOutcome outcome) {
        done++;
        String counter = total > 1 ? "[" + done + "/" + total + "] " : "";
        err.println(counter + outcome.file().getFileName() + "  " + describe(outcome));
        err.flush();
    }

    @Override
    public void compacting(long bytes) {
        err.println("compacting the store (" + Sizes.human(bytes) + " on disk) before going on ...");
        err.flush();
    }

    @Override
    public void compacted(Compaction compaction) {
        err.println(String.format(Locale.ROOT, "compacted the store: %s -> %s in %.1f s", Sizes.human(compaction.bytesBefore()),
                Sizes.human(compaction.bytesAfter()), compaction.elapsed().toMillis() / 1000.0));
        err.flush();
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
