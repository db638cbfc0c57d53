package org.newskg.extractor.load;

import java.util.Optional;
import org.newskg.extractor.UserInputException;

/**
 * One line of the manifest an extraction job writes beside its N-Quads (tab-separated, one per
 * source): whether the source was extracted, its graph, the SHA-256 of its bytes, the extractor
 * version, its counts, and for a failure the one-line reason. {@code newskg load} skips a graph
 * the store already holds with the same SHA-256 and extractor version.
 *
 * @param status   {@link Status#EXTRACTED} or {@link Status#FAILED}
 * @param name     the source's name (its file name, as ingest names it)
 * @param location where it was read (a path or URI)
 * @param graph    the named graph of its quads; empty for a failure
 * @param sha256   of its bytes; empty for a failure before they were read
 * @param version  the extractor version that made the quads
 * @param articles articles found
 * @param quads    quads written
 * @param reason   why it failed; empty when extracted
 */
public record ExtractedSource(Status status, String name, String location, String graph, String sha256,
                              String version, long articles, long quads, String reason) {

    public enum Status { EXTRACTED, FAILED }

    public static final String HEADER = "status\tname\tlocation\tgraph\tsha256\textractor_version\tarticles\tquads\treason";

    public String toLine() {
        return String.join("\t", status.name().toLowerCase(), cell(name), cell(location), cell(graph), cell(sha256),
                cell(version), Long.toString(articles), Long.toString(quads), cell(reason));
    }

    public static ExtractedSource parse(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 9) {
            throw new UserInputException("not a line of an extraction manifest (9 tab-separated cells): "
                    + (line.length() > 80 ? line.substring(0, 80) + "…" : line));
        }
        try {
            return new ExtractedSource(Status.valueOf(cells[0].toUpperCase()), cells[1], cells[2], cells[3], cells[4],
                    cells[5], Long.parseLong(cells[6]), Long.parseLong(cells[7]), cells[8]);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("malformed extraction manifest line: " + e.getMessage(), e);
        }
    }

    public Optional<String> failure() {
        return status == Status.FAILED ? Optional.of(reason) : Optional.empty();
    }

    private static String cell(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }
}
