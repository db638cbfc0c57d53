package org.newskg.extractor.bench;

import java.nio.file.Path;

/**
 * What to benchmark.
 *
 * @param samples  the sample pages the corpus is built from (data/corpus)
 * @param megabytes the corpus size in MB of UTF-8 text when built from whole pages
 * @param articles when above 0, build that many small articles instead of whole pages
 * @param threads  the ingest workers of the main ingest figure (speed-up is always 2 over 1)
 * @param workDir  where the corpus and the stores go (deleted afterwards unless {@code keep})
 * @param news     when not null, the shared news collection: the corpus is one story per file,
 *                 {@code megabytes} million characters of it
 */
public record BenchOptions(Path samples, double megabytes, int articles, int threads, Path workDir, boolean keep,
                           Path news) {

    public BenchOptions(Path samples, double megabytes, int articles, int threads, Path workDir, boolean keep) {
        this(samples, megabytes, articles, threads, workDir, keep, null);
    }

    /** Small articles go this many to a file. */
    public static final int ARTICLES_PER_FILE = 20;

    public BenchOptions {
        if (megabytes <= 0 && articles <= 0) {
            throw new IllegalArgumentException("give a corpus size in MB or a number of articles");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
