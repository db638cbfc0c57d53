package org.newskg.extractor.load;

import java.time.Duration;
import java.util.List;

/**
 * What {@code newskg load} did.
 *
 * @param loaded    graphs written (new or changed sources)
 * @param unchanged graphs the store already held with the same SHA-256 and extractor version
 * @param quads     quads written
 * @param failed    sources the extraction job could not extract, from its manifest
 * @param took      wall time
 */
public record LoadReport(int loaded, int unchanged, long quads, List<ExtractedSource> failed, Duration took) {

    public double quadsPerSecond() {
        double seconds = took.toNanos() / 1e9;
        return seconds > 0 ? quads / seconds : 0;
    }
}
