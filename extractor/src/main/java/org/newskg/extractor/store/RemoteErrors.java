package org.newskg.extractor.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import org.newskg.extractor.UserInputException;

/**
 * Turns what goes wrong talking to a server into one line the user can act on. The interesting
 * cause is usually several wrappers deep (RDF4J, Apache HttpClient, the JDK), so the whole
 * chain is searched.
 */
final class RemoteErrors {

    private RemoteErrors() {
    }

    static UserInputException describe(String url, String doing, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return new UserInputException("cannot reach " + url + ": connection refused; is the server running?", e);
            }
            if (t instanceof UnknownHostException) {
                return new UserInputException("cannot reach " + url + ": unknown host " + t.getMessage(), e);
            }
            if (t instanceof HttpTimeoutException || t instanceof java.net.SocketTimeoutException) {
                return new UserInputException("cannot reach " + url + ": no answer in time; is the server busy or the URL wrong?", e);
            }
            if (t instanceof org.eclipse.rdf4j.query.QueryInterruptedException) {
                // RDF4J's reading of HTTP 503, which Fuseki and others send when a query passes their time limit.
                return new UserInputException("the server at " + url + " stopped the query: it ran past the server's"
                        + " time limit (or the server is overloaded); narrow the query or add a LIMIT", e);
            }
            if (t instanceof org.eclipse.rdf4j.query.MalformedQueryException) {
                return new UserInputException("the server at " + url + " rejected the query: " + oneLine(t.getMessage()), e);
            }
        }
        String reason = oneLine(e.getMessage());
        return new UserInputException(doing + " at " + url + " failed: "
                + (reason.isEmpty() ? e.getClass().getSimpleName() : reason), e);
    }

    /** The reason an HTTP status gives, as advice rather than a number. */
    static UserInputException status(String url, String doing, int status, String body) {
        String why = switch (status) {
            case 401, 403 -> "the server wants credentials or forbids it";
            case 404 -> "no such endpoint; check the dataset URL";
            case 405 -> "the server does not allow it there; is the endpoint read-only?";
            case 413 -> "the request is too large for the server";
            default -> oneLine(body).isEmpty() ? "unexpected answer" : oneLine(body);
        };
        return new UserInputException(doing + " at " + url + " failed (HTTP " + status + "): " + why);
    }

    static String oneLine(String message) {
        String line = SparqlQueries.oneLine(message);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
