package org.newskg.extractor.store;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;

/** The answer to a SPARQL query, detached from the store's transaction so it can be printed at leisure. */
public sealed interface QueryOutcome {

    /** Rows of a SELECT query. */
    record Select(ResultSetRewindable rows) implements QueryOutcome {
    }

    /** The answer of an ASK query. */
    record Ask(boolean answer) implements QueryOutcome {
    }

    /** The triples of a CONSTRUCT or DESCRIBE query. */
    record Triples(Model model) implements QueryOutcome {
    }
}
