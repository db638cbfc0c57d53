package org.newskg.shell.command;

import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.UsageException;

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
        String value = args.value(NAME).orElse("0");
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(command, "--limit must be a whole number (0 for all), not '" + value + "'");
        }
    }
}
