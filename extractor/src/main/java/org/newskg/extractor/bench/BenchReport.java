package org.newskg.extractor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run. Speeds count characters of source text and articles found,
 * so every stage is measured against the same work.
 *
 * @param hanlpCharsPerS     HanLP segmentation with name recognition alone over the repaired pages (1 thread)
 * @param extractCharsPerS   bytes to RDF graph without a store (1 thread)
 * @param ingestCharsPerS    end to end into TDB2 (1 extraction worker plus the writer)
 * @param speedup2Threads    ingest with 2 workers over ingest with 1
 * @param peakHeapMb         the most heap in use at any moment of the run, garbage included
 * @param storeVsBulkLoader  NewsKG's store writing time over Jena's bulk loader's time on the same quads
 * @param lines              the human-readable table, in print order
 */
public record BenchReport(double hanlpCharsPerS, double extractCharsPerS, double ingestCharsPerS,
                          double speedup2Threads, double peakHeapMb, double storeVsBulkLoader,
                          List<String> lines, Map<String, Double> queryMillis) {

    public BenchReport {
        lines = List.copyOf(lines);
        queryMillis = Map.copyOf(queryMillis);
    }

    /** The one-line JSON summary, the bench command's last line. */
    public String json() {
        return String.format(Locale.ROOT,
                "{\"hanlp_chars_per_s\":%.1f, \"extract_chars_per_s\":%.1f, \"ingest_chars_per_s\":%.1f,"
                        + " \"speedup_2_threads\":%.3f, \"peak_heap_mb\":%.1f, \"store_vs_bulk_loader\":%.3f}",
                hanlpCharsPerS, extractCharsPerS, ingestCharsPerS, speedup2Threads, peakHeapMb, storeVsBulkLoader);
    }

    /** The table lines followed by the JSON line. */
    public List<String> output() {
        List<String> all = new ArrayList<>(lines);
        all.add(json());
        return all;
    }
}
