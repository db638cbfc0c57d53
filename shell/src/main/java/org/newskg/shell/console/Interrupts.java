package org.newskg.shell.console;

/**
 * How a running command hears the user's Ctrl-C. In the interactive shell Ctrl-C stops the
 * command and leaves the shell running; a one-shot run keeps the operating system's default,
 * which ends the process (safe: every store write is one transaction).
 */
@FunctionalInterface
public interface Interrupts {

    /** Ctrl-C keeps its default meaning. */
    Interrupts NONE = action -> () -> { };

    /** Runs {@code action} on Ctrl-C until the returned registration is closed. */
    Registration onInterrupt(Runnable action);

    /** An installed reaction to Ctrl-C; closing it restores what was there before. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
