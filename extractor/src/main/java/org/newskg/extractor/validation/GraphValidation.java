package org.newskg.extractor.validation;

/**
 * The findings in one named graph of a store.
 *
 * @param graph  the graph's IRI
 * @param report what the shapes found in it
 */
public record GraphValidation(String graph, ValidationReport report) {
}
