package org.newskg.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.newskg.shell.command.Commands;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.SignalInterrupts;
import org.newskg.shell.console.StoreAccess;
import org.newskg.shell.console.StoreForOneCommand;
import org.newskg.shell.interactive.InteractiveShell;

/**
 * {@code newskg}: with arguments it runs one command and exits with its status; without (or with
 * only {@code --store DIR}), it starts the interactive shell. A one-shot run does not start Spring: it is faster, prints no
 * banner, and its arguments reach the command exactly as the operating system passed them.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--debug")) {
            // Read by logback.xml before the first logger exists: logged errors keep their traces.
            System.setProperty("newskg.trace", "%ex");
        }
        // Chinese text must survive whatever locale the JVM guessed for System.out.
        Console console = new Console(utf8(FileDescriptor.out), utf8(FileDescriptor.err));
        int status = InteractiveShell.wanted(args)
                ? InteractiveShell.start(console.withInterrupts(new SignalInterrupts()), java.util.List.of(args))
                : run(args, console);
        System.exit(status);
    }

    /** Runs one command line and returns the exit status; tests call this instead of {@link #main}. */
    public static int run(String[] args, Console console) {
        try (StoreAccess stores = new StoreForOneCommand()) {
            return new CommandRunner(Commands.using(stores), console).run(args);
        }
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }
}
