package org.newskg.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newskg.extractor.UserInputException;
import org.newskg.shell.cli.RemedyHints;
import org.newskg.shell.cli.ArgumentParser;
import org.newskg.shell.cli.HelpText;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.UsageException;
import org.newskg.shell.command.Commands;
import org.newskg.shell.command.ShellCommand;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one command line given as separate words, and turns every outcome into an exit status
 * and at most one line on stderr. Both front ends go through here, so a command behaves the same
 * from the operating system's shell and from the interactive one.
 */
public final class CommandRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    private final Commands commands;
    private final Console console;

    public CommandRunner(Commands commands, Console console) {
        this.commands = commands;
        this.console = console;
    }

    /** {@code argv} as the process received it: the command name, then its arguments. */
    public int run(List<String> argv) {
        if (argv.size() > 1 && argv.get(0).equals("--debug")) {
            // "newskg --debug CMD ..." means the same as "newskg CMD --debug ...".
            List<String> moved = new java.util.ArrayList<>(argv.subList(1, argv.size()));
            moved.add(Math.min(1, moved.size()), "--debug");
            return run(moved);
        }
        if (argv.isEmpty() || argv.get(0).equals("--help") || argv.get(0).equals("-h") || argv.get(0).equals("help")) {
            return helpFor(argv.size() > 1 ? argv.get(1) : null);
        }
        String name = argv.get(0);
        Optional<ShellCommand> command = commands.named(name);
        if (command.isEmpty()) {
            return usageError(new UsageException(null, name.startsWith("-")
                    ? "unknown option " + name + " (options go after the command)"
                    : "unknown command '" + name + "'"));
        }
        return run(command.get(), argv.subList(1, argv.size()));
    }

    /** Runs a known command with its arguments (everything after the command name). */
    public int run(ShellCommand command, List<String> args) {
        boolean debug = args.contains("--debug");
        try {
            ParsedArguments parsed = ArgumentParser.parse(command.spec(), args);
            if (parsed.flag(ArgumentParser.HELP)) {
                console.out().print(HelpText.command(command.spec()));
                return ExitStatus.OK;
            }
            return command.run(parsed, console);
        } catch (UsageException e) {
            return usageError(e);
        } catch (UserInputException e) {
            return failure(RemedyHints.message(e), e, debug);
        } catch (IOException | UncheckedIOException e) {
            return failure(e.getMessage(), e, debug);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("command {} failed", command.spec().name(), e);
            return failure("internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                    + (debug ? "" : "; run with --debug for details"), e, debug);
        } finally {
            console.out().flush();
            console.err().flush();
        }
    }

    private int helpFor(String name) {
        if (name == null) {
            console.out().print(HelpText.overview(commands.specs()));
            return ExitStatus.OK;
        }
        Optional<ShellCommand> command = commands.named(name);
        if (command.isEmpty()) {
            return usageError(new UsageException(null, "unknown command '" + name + "'"));
        }
        console.out().print(HelpText.command(command.get().spec()));
        return ExitStatus.OK;
    }

    private int usageError(UsageException e) {
        String hint = e.commandName() == null ? "newskg --help" : "newskg " + e.commandName() + " --help";
        console.err().println("newskg: " + oneLine(e.getMessage()) + " (see '" + hint + "')");
        console.err().flush();
        return ExitStatus.USAGE;
    }

    private int failure(String message, Throwable e, boolean debug) {
        console.err().println("newskg: " + oneLine(message));
        if (debug) {
            e.printStackTrace(console.err());
        }
        console.err().flush();
        return ExitStatus.FAILED;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** For callers holding an array. */
    public int run(String... argv) {
        return run(Arrays.asList(argv));
    }
}
