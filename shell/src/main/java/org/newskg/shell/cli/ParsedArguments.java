package org.newskg.shell.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The options and positional arguments of one command line, exactly as the user wrote them. */
public final class ParsedArguments {

    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> positionals;

    ParsedArguments(Map<String, String> values, Set<String> flags, List<String> positionals) {
        this.values = Map.copyOf(values);
        this.flags = Set.copyOf(flags);
        this.positionals = List.copyOf(positionals);
    }

    /** The value of an option, or its default; empty when neither exists. */
    public Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    public boolean flag(String option) {
        return flags.contains(option);
    }

    public List<String> positionals() {
        return positionals;
    }
}
