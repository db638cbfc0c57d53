package org.newskg.shell.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoublePredicate;

/**
 * The options and positional arguments of one command line, exactly as the user wrote them, and
 * their values read as numbers and dates in one place, so every command words a bad value alike
 * ({@code --X must be …, not 'v'}).
 */
public final class ParsedArguments {

    private final String command;
    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> positionals;

    ParsedArguments(String command, Map<String, String> values, Set<String> flags, List<String> positionals) {
        this.command = command;
        this.values = Map.copyOf(values);
        this.flags = Set.copyOf(flags);
        this.positionals = List.copyOf(positionals);
    }

    /** The value of an option, or its default; empty when neither exists. */
    public Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /**
     * The value of an option that has one (given or by default) as a whole number in
     * [{@code min}, {@code max}]; otherwise a usage error saying the value {@code must} be so.
     */
    public long wholeNumber(String option, long min, long max, String must) {
        String value = required(option);
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw invalid(option, must, value);
    }

    /** The value of an option that has one as a finite number {@code valid} accepts. */
    public double number(String option, DoublePredicate valid, String must) {
        String value = required(option);
        try {
            double n = Double.parseDouble(value.strip());
            if (Double.isFinite(n) && valid.test(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw invalid(option, must, value);
    }

    /** The value of an option as a date (2022-02-07); empty when the option was not given. */
    public Optional<LocalDate> date(String option, String must) {
        String value = values.get(option);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw invalid(option, must, value);
        }
    }

    private String required(String option) {
        String value = values.get(option);
        if (value == null) {
            throw new IllegalStateException("--" + option + " has neither a value nor a default");
        }
        return value;
    }

    private UsageException invalid(String option, String must, String value) {
        return new UsageException(command, "--" + option + " must be " + must + ", not '" + value + "'");
    }

    public boolean flag(String option) {
        return flags.contains(option);
    }

    public List<String> positionals() {
        return positionals;
    }
}
