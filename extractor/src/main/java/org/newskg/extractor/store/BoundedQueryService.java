package org.newskg.extractor.store;

import java.time.Duration;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;

/**
 * Fuseki's query service with limits a client cannot lift: at most {@code maxRows} solutions
 * (a larger or missing LIMIT is lowered) and at most {@code timeout} per query (Fuseki lets a
 * client's {@code ?timeout=} only shorten what the context sets).
 */
final class BoundedQueryService extends SPARQL_QueryDataset {

    private final long maxRows;
    private final String timeoutMillis;

    BoundedQueryService(long maxRows, Duration timeout) {
        this.maxRows = maxRows;
        this.timeoutMillis = Long.toString(timeout.toMillis());
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            query.setLimit(maxRows);
        }
        // The action's context is a per-request copy, so this neither leaks to the local store nor to other requests.
        action.getContext().set(ARQ.queryTimeout, timeoutMillis);
    }
}
