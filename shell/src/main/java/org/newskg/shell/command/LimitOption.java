package org.newskg.shell.command;

import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;

/** The {@code --limit N} option: how many rows to print, 0 for all. */
final class LimitOption {

    static final String NAME = "limit";

    private LimitOption() {
    }

    static OptionSpec spec(String what, String defaultValue) {
        OptionSpec option = OptionSpec.value(NAME, "N", "print at most N " + what + " (0: all)");
        return defaultValue == null ? option : option.withDefault(defaultValue);
    }

    static int value(ParsedArguments args, String command) {
        if (args.value(NAME).isEmpty()) {
            return 0;
        }
        return (int) args.wholeNumber(NAME, 0, Integer.MAX_VALUE, "a whole number (0 for all)");
    }
}
