package org.newskg.extractor.ingest;

import org.newskg.extractor.store.Compaction;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The summary of one ingest run.
 *
 * @param entitiesByType distinct nodes written in this run, by contract type (persons, regions, …)
 * @param triples        triples written in this run (unchanged files count nothing)
 * @param compactions    the compactions of the store during the run, in order
 */
public record IngestReport(List<FileOutcome> files, Map<String, Long> entitiesByType, long triples, Duration elapsed,
                           List<Compaction> compactions) {

    public IngestReport {
        files = List.copyOf(files);
        compactions = List.copyOf(compactions);
        entitiesByType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entitiesByType));
    }

    public List<FileOutcome> failed() {
        return files.stream().filter(f -> f.status() == FileOutcome.Status.FAILED).toList();
    }

    public long count(FileOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    public int articles() {
        return files.stream().mapToInt(FileOutcome::articles).sum();
    }
}
