package org.newskg.shell.cli;

import java.util.List;
import java.util.Optional;

/**
 * What a command accepts, described once for both front ends: the one-shot runner parses
 * {@code argv} against it and the interactive shell registers it for help and completion.
 *
 * @param name                  the word that selects the command
 * @param summary               one line for the command list
 * @param options               the options it accepts, besides {@code --help} and {@code --debug}
 * @param positional            the arguments that are not options
 * @param positionalAlternative the option that may replace the positional arguments ({@code --query}
 *                              for {@code sparql}); null when there is none
 * @param examples              command lines shown in help, without the leading {@code newskg}
 */
public record CommandSpec(String name, String summary, List<OptionSpec> options, PositionalSpec positional,
                          String positionalAlternative, List<String> examples) {

    public CommandSpec {
        options = List.copyOf(options);
        examples = List.copyOf(examples);
    }

    public Optional<OptionSpec> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /** The usage line: {@code sparql [--store DIR] [--format table|csv|tsv|json] [QUERY]}. */
    public String synopsis() {
        StringBuilder sb = new StringBuilder(name);
        for (OptionSpec option : options) {
            sb.append(" [").append(option.synopsis()).append(']');
        }
        if (positional.accepted()) {
            sb.append(' ').append(positional.synopsis());
        }
        return sb.toString();
    }
}
