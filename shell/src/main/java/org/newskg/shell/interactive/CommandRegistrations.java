package org.newskg.shell.interactive;

import java.util.List;
import org.newskg.shell.CommandRunner;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.command.ShellCommand;
import org.newskg.shell.console.Session;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.command.CommandRegistration.OptionArity;

/**
 * Describes our commands to Spring Shell for its help listing and completion. Spring Shell only
 * splits the line into words; the words then go, unchanged, to the same {@link CommandRunner}
 * the one-shot front end uses, so options mean the same in both.
 */
final class CommandRegistrations {

    private CommandRegistrations() {
    }

    static CommandRegistration of(ShellCommand command, CommandRunner runner, AcceptedLine accepted, Session session,
                                  EntityNameCompletion names) {
        CommandSpec spec = command.spec();
        CommandRegistration.Builder builder = CommandRegistration.builder()
                .command(spec.name())
                .description(spec.summary())
                .group("NewsKG")
                // Our own parser answers --help, with the same text as 'newskg CMD --help'.
                .withHelpOptions().enabled(false).and();
        for (OptionSpec option : spec.options()) {
            CommandRegistration.OptionSpec registered = builder.withOption()
                    .longNames(option.name())
                    .description(option.description())
                    .arity(option.takesValue() ? OptionArity.EXACTLY_ONE : OptionArity.ZERO)
                    .required(false);
            if (option.takesValue()) {
                registered.label(option.valueLabel()).completion(ctx -> proposals(option, ctx.currentWordUpToCursor()));
            }
        }
        builder.withOption().longNames("help").arity(OptionArity.ZERO).description("show usage and an example").and();
        builder.withOption().longNames("debug").arity(OptionArity.ZERO).description("show stack traces of errors").and();
        if (spec.positional().accepted()) {
            builder.withOption()
                    .longNames("arguments")
                    .label(spec.positional().label())
                    .description(spec.positional().description())
                    .position(0)
                    .arity(OptionArity.ZERO_OR_MORE)
                    .required(false)
                    .and();
        }
        return builder.withTarget()
                .consumer(ctx -> {
                    List<String> words = accepted.words();
                    List<String> args = !words.isEmpty() && words.get(0).equals(spec.name())
                            ? words.subList(1, words.size()) : argumentsAfterName(spec, ctx.getRawArgs());
                    runner.run(command, session.withDefaultStore(spec, args));
                    if (spec.name().equals("ingest") || spec.name().equals("run")) {
                        // New pages bring new names to complete.
                        names.forget();
                    }
                })
                .and()
                .build();
    }

    // Spring Shell hands over the whole line's words, the command name included.
    private static List<String> argumentsAfterName(CommandSpec spec, String[] words) {
        List<String> all = List.of(words);
        org.slf4j.LoggerFactory.getLogger(CommandRegistrations.class).debug("words from the line reader: {}", all);
        return !all.isEmpty() && all.get(0).equals(spec.name()) ? all.subList(1, all.size()) : all;
    }

    private static List<CompletionProposal> proposals(OptionSpec option, String prefix) {
        List<String> candidates = option.choices().isEmpty() ? PathCompletion.candidates(prefix) : option.choices();
        return candidates.stream().map(CompletionProposal::new).toList();
    }
}
