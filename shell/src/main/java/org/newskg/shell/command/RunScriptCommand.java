package org.newskg.shell.command;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.newskg.extractor.UserInputException;
import org.newskg.shell.CommandRunner;
import org.newskg.shell.cli.CommandLineText;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.cli.ScriptCommands;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.Session;

/**
 * {@code run}: runs a file of newskg commands, one a line as typed in the interactive shell, a
 * query spanning lines until its braces close. Prefixes declared in it last to its end.
 */
public final class RunScriptCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "run",
            "run a file of newskg commands, as if typed in the shell (# starts a comment line)",
            List.of(OptionSpec.value(STORE, "DIR", "the store for commands that name none"),
                    OptionSpec.flag("keep-going", "go on after a command fails"),
                    OptionSpec.flag("echo", "print each command (to stderr) before running it")),
            new PositionalSpec("SCRIPT", "the file of commands", 1, 1),
            null,
            List.of("run queries.nkg", "run --store newskg-store --echo daily-report.nkg"));

    // A script that runs itself must stop somewhere.
    private static final int MAX_DEPTH = 8;

    private final Supplier<org.newskg.shell.command.Commands> commands;
    private final Session session;
    private int depth;

    public RunScriptCommand(Supplier<Commands> commands, Session session) {
        this.commands = commands;
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) throws IOException {
        String name = args.positionals().get(0);
        List<ScriptCommands.Line> lines = ScriptCommands.parse(read(name),
                n -> commands.get().named(n).map(ShellCommand::spec));
        if (depth >= MAX_DEPTH) {
            throw new UserInputException("scripts run each other more than " + MAX_DEPTH + " deep: stopped at " + name);
        }
        String previousStore = session.defaultStore();
        args.value(STORE).ifPresent(session::defaultStore);
        depth++;
        int worst = ExitStatus.OK;
        try {
            CommandRunner runner = new CommandRunner(commands.get(), console);
            for (ScriptCommands.Line line : lines) {
                if (line.incomplete() != null) {
                    console.err().println("newskg: " + name + ":" + line.number() + ": the file ends inside a command (missing "
                            + line.incomplete() + ")");
                    return ExitStatus.FAILED;
                }
                List<String> words = line.words();
                if (args.flag("echo")) {
                    console.err().println("> " + String.join(" ", words));
                }
                int status = runLine(runner, words);
                if (status != ExitStatus.OK) {
                    worst = Math.max(worst, status);
                    if (!args.flag("keep-going")) {
                        console.err().println("newskg: " + name + ":" + line.number() + ": stopped (exit status " + status + ")");
                        return status;
                    }
                }
            }
            return worst;
        } finally {
            depth--;
            session.defaultStore(previousStore);
        }
    }

    private int runLine(CommandRunner runner, List<String> words) {
        ShellCommand command = commands.get().named(words.get(0)).orElse(null);
        if (command == null) {
            return runner.run(words);
        }
        return runner.run(command, session.withDefaultStore(command.spec(), words.subList(1, words.size())));
    }

    private static String read(String name) throws IOException {
        try {
            return Files.readString(Path.of(name), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException("script " + name + " does not exist");
        } catch (MalformedInputException e) {
            throw new UserInputException("script " + name + " is not UTF-8 text");
        }
    }
}
