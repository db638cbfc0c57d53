package org.newskg.shell.cli;

import org.newskg.extractor.Remedy;
import org.newskg.extractor.UserInputException;

/** The console's words for what the library says the user can change: the option that changes it. */
public final class RemedyHints {

    private RemedyHints() {
    }

    public static String of(Remedy remedy) {
        return switch (remedy) {
            case ANOTHER_STORE, A_STORE_DIRECTORY -> "--store DIR";
            case MORE_QUERY_TIME -> "--timeout SECONDS";
            case A_QUERY -> "the query as the argument, or --file FILE";
        };
    }

    /** The exception's message with the option that fixes it, when it names a remedy. */
    public static String message(UserInputException e) {
        return e.remedy().map(remedy -> e.getMessage() + " (" + of(remedy) + ")").orElse(e.getMessage());
    }
}
