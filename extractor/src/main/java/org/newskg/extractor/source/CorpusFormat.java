package org.newskg.extractor.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How a file holds its sources, told by its name ({@code .gz} of each is read the same way):
 * a page of text per file, or one record per line (JSON Lines) or per row (CSV, TSV).
 */
public enum CorpusFormat {

    /** {@code .txt}: the whole file is one source. */
    TEXT,
    /** {@code .jsonl}, {@code .ndjson}: one JSON object per line. */
    JSON_LINES,
    /** {@code .csv}: comma-separated rows, RFC 4180 quoting, a header naming the columns. */
    CSV,
    /** {@code .tsv}: tab-separated rows, no quoting, a header naming the columns. */
    TSV;

    /** The format of {@code file} by its name, or empty when it holds no sources newskg reads. */
    public static Optional<CorpusFormat> of(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : ofName(name.toString());
    }

    static Optional<CorpusFormat> ofName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".tsv")) {
            return Optional.of(TSV);
        }
        return Optional.empty();
    }

    /** Whether the file is gzip-compressed (by its name). */
    public static boolean gzipped(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** Whether a file of this format holds many sources. */
    public boolean holdsRecords() {
        return this != TEXT;
    }
}
