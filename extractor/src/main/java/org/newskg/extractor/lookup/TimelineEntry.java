package org.newskg.extractor.lookup;

/**
 * One dated fact about an entity, for {@code timeline}.
 *
 * @param date an ISO date ({@code 2022-02-08})
 * @param kind {@code post}, {@code event} or {@code article}
 * @param text what happened, in a line
 * @param iri  the post, event or article the fact is about
 */
public record TimelineEntry(String date, String kind, String text, String iri) {
}
