package org.newskg.shell.cli;

import java.util.List;

/**
 * One {@code --name [VALUE]} option of a command.
 *
 * @param name         the long name without dashes
 * @param valueLabel   what the value is called in usage text ({@code DIR}, {@code FILE}); null for a flag
 * @param description  one line for help
 * @param defaultValue the value when the option is absent; null when there is none
 * @param choices      the only values allowed; empty when any value is
 */
public record OptionSpec(String name, String valueLabel, String description, String defaultValue, List<String> choices) {

    public OptionSpec {
        choices = List.copyOf(choices);
    }

    public static OptionSpec value(String name, String valueLabel, String description) {
        return new OptionSpec(name, valueLabel, description, null, List.of());
    }

    public static OptionSpec flag(String name, String description) {
        return new OptionSpec(name, null, description, null, List.of());
    }

    public OptionSpec withDefault(String value) {
        return new OptionSpec(name, valueLabel, description, value, choices);
    }

    public OptionSpec withChoices(List<String> values) {
        return new OptionSpec(name, valueLabel, description, defaultValue, values);
    }

    public boolean takesValue() {
        return valueLabel != null;
    }

    /** How the option looks in a usage line: {@code --store DIR} or {@code --debug}. */
    public String synopsis() {
        if (!takesValue()) {
            return "--" + name;
        }
        return "--" + name + " " + (choices.isEmpty() ? valueLabel : String.join("|", choices));
    }
}
