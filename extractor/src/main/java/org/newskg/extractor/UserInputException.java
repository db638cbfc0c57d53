package org.newskg.extractor;

import java.util.Optional;

/**
 * A problem the user caused and can fix: unreadable input, a malformed query, a store in use.
 * Its message is one line that says what happened and what to do, in words of the library (never
 * a console's option); the {@link Remedy}, when there is one, names what to change, and a front
 * end words it its own way. Front ends print it without a stack trace.
 */
public class UserInputException extends RuntimeException {

    private final Remedy remedy;

    public UserInputException(String message) {
        this(message, null, null);
    }

    public UserInputException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public UserInputException(String message, Remedy remedy, Throwable cause) {
        super(message, cause);
        this.remedy = remedy;
    }

    /** What the user can change to get past the problem, when the message names one. */
    public Optional<Remedy> remedy() {
        return Optional.ofNullable(remedy);
    }
}
