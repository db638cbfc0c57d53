package org.newskg.extractor.graph;

import java.time.LocalDate;

/**
 * Which part of the store to export; at most one way of choosing is set, and none means all.
 *
 * @param constructQuery a CONSTRUCT or DESCRIBE query whose answer is the export
 * @param around         a name, alias or IRI whose neighbourhood is the export
 * @param depth          hops from {@code around}
 * @param graphIri       one source's graph
 * @param from           first publication day of the articles to export
 * @param to             last publication day of the articles to export
 */
public record SubgraphRequest(String constructQuery, String around, int depth, String graphIri,
                              LocalDate from, LocalDate to) {

    public static SubgraphRequest wholeStore() {
        return new SubgraphRequest(null, null, 0, null, null, null);
    }

    public static SubgraphRequest construct(String query) {
        return new SubgraphRequest(query, null, 0, null, null, null);
    }

    public static SubgraphRequest around(String nameOrIri, int depth) {
        return new SubgraphRequest(null, nameOrIri, depth, null, null, null);
    }

    public static SubgraphRequest graph(String graphIri) {
        return new SubgraphRequest(null, null, 0, graphIri, null, null);
    }

    public static SubgraphRequest published(LocalDate from, LocalDate to) {
        return new SubgraphRequest(null, null, 0, null, from, to);
    }

    public boolean isWholeStore() {
        return constructQuery == null && around == null && graphIri == null && from == null && to == null;
    }
}
