package org.newskg.shell.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a command's arguments against its {@link CommandSpec}. Every argument is one word as the
 * operating system (or the interactive shell's line reader) delivered it: nothing is joined,
 * split or unquoted again, so a SPARQL query reaches the store verbatim.
 */
public final class ArgumentParser {

    /** Options every command accepts. */
    public static final String HELP = "help";
    public static final String DEBUG = "debug";

    private ArgumentParser() {
    }

    public static ParsedArguments parse(CommandSpec spec, List<String> args) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !looksLikeOption(arg)) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (arg.equals("-h") || arg.equals("--help")) {
                flags.add(HELP);
                continue;
            }
            if (arg.equals("--debug")) {
                flags.add(DEBUG);
                continue;
            }
            String name = arg.substring(2);
            String inlineValue = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inlineValue = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            OptionSpec option = find(spec, name);
            if (!option.takesValue()) {
                if (inlineValue != null) {
                    throw new UsageException(spec.name(), "option --" + name + " takes no value");
                }
                flags.add(name);
                continue;
            }
            String value = inlineValue;
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(spec.name(), "option --" + name + " needs a value (" + option.valueLabel() + ")");
                }
                value = args.get(++i);
            }
            checkChoice(spec, option, value);
            if (values.put(name, value) != null) {
                throw new UsageException(spec.name(), "option --" + name + " is given twice");
            }
        }
        if (!flags.contains(HELP)) {
            checkPositionals(spec, values, positionals);
        }
        for (OptionSpec option : spec.options()) {
            if (option.defaultValue() != null) {
                values.putIfAbsent(option.name(), option.defaultValue());
            }
        }
        return new ParsedArguments(spec.name(), values, flags, positionals);
    }

    // A lone "-" conventionally means stdin and "-1" a number; neither is an option.
    private static boolean looksLikeOption(String arg) {
        return arg.startsWith("--") || arg.equals("-h");
    }

    private static OptionSpec find(CommandSpec spec, String name) {
        Optional<OptionSpec> option = spec.option(name);
        if (option.isEmpty()) {
            throw new UsageException(spec.name(), "unknown option --" + name + " for " + spec.name());
        }
        return option.get();
    }

    private static void checkChoice(CommandSpec spec, OptionSpec option, String value) {
        if (!option.choices().isEmpty() && !option.choices().contains(value)) {
            throw new UsageException(spec.name(), "--" + option.name() + " must be one of "
                    + String.join(", ", option.choices()) + ", not '" + value + "'");
        }
    }

    private static void checkPositionals(CommandSpec spec, Map<String, String> values, List<String> positionals) {
        PositionalSpec positional = spec.positional();
        String alternative = spec.positionalAlternative();
        boolean alternativeGiven = alternative != null && values.containsKey(alternative);
        if (!positional.accepted() && !positionals.isEmpty()) {
            throw new UsageException(spec.name(), spec.name() + " takes no argument '" + positionals.get(0) + "'");
        }
        if (alternativeGiven && !positionals.isEmpty()) {
            throw new UsageException(spec.name(), "give either " + positional.label() + " or --" + alternative + ", not both");
        }
        if (positionals.size() > positional.max()) {
            throw new UsageException(spec.name(), "too many arguments: " + spec.name() + " takes one " + positional.label()
                    + " (quote it if it contains spaces)");
        }
        if (positionals.size() < positional.min() && !alternativeGiven) {
            throw new UsageException(spec.name(), "missing " + positional.label()
                    + (alternative == null ? "" : " (or --" + alternative + ")"));
        }
    }
}
