package org.newskg.extractor;

/**
 * A problem the user caused and can fix: unreadable input, a malformed query, a store in use.
 * Its message is one line that says what happened and what to do; front ends print it without a
 * stack trace.
 */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
