package org.newskg.extractor.source;

import java.nio.file.Path;

/**
 * One source read from a corpus file, or why it could not be read: a whole {@code .txt} file, or
 * one record of a JSON Lines, CSV or TSV file. Either {@code source} or {@code problem} is set.
 *
 * @param file    the file it was read from
 * @param origin  the record's place in the file (null for a whole file)
 * @param name    the source's name, which names its graph ({@link SourceOrigin#sourceName()}, or the file name)
 * @param source  the decoded source, with the metadata the record gives; null when it failed
 * @param problem the one-line reason it could not be read, naming the file (and line); null when it was read
 */
public record SourceRecord(Path file, SourceOrigin origin, String name, Source source, String problem) {

    static SourceRecord read(Path file, SourceOrigin origin, Source source) {
        return new SourceRecord(file, origin, source.name(), source, null);
    }

    static SourceRecord failed(Path file, SourceOrigin origin, String name, String problem) {
        return new SourceRecord(file, origin, name, null, problem);
    }

    public boolean failed() {
        return problem != null;
    }

    /** How messages name the source: the file, and the line of a record. */
    public String label() {
        return origin == null ? String.valueOf(file) : file + " line " + origin.line();
    }
}
