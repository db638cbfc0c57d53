package org.newskg.shell.cli;

/**
 * The command line does not fit the command: unknown command or option, missing or invalid value.
 * Its message is one line; the front end adds a hint to {@code --help}.
 */
public class UsageException extends RuntimeException {

    private final String commandName;

    public UsageException(String commandName, String message) {
        super(message);
        this.commandName = commandName;
    }

    /** The command whose help would explain the mistake; null for the top level. */
    public String commandName() {
        return commandName;
    }
}
