package org.newskg.extractor.source;

/**
 * Where a source that is one record of a larger file came from, for its provenance in the graph.
 * A source read from a file of its own has no origin (null): its file name says it all.
 *
 * @param file the name of the file holding the record (no folders)
 * @param line the line the record starts on, from 1
 * @param id   the record's own {@code id}, or null
 * @param url  the record's {@code url}, or null
 */
public record SourceOrigin(String file, long line, String id, String url) {

    /**
     * The name of the record's source, which names its graph and its nodes: its {@code id}, else
     * its {@code url}, else {@code file:line}.
     */
    public String sourceName() {
        if (id != null) {
            return id;
        }
        if (url != null) {
            return url;
        }
        return file + ":" + line;
    }

    /** How error messages name the record: {@code news.jsonl line 12}. */
    public String where() {
        return file + " line " + line;
    }
}
