package org.newskg.shell.console;

import java.io.PrintStream;

/**
 * Where a command writes: results to {@code out}, progress and messages to {@code err}, so that
 * {@code newskg sparql … > rows.csv} captures results only; and how it hears Ctrl-C.
 */
public record Console(PrintStream out, PrintStream err, Interrupts interrupts) {

    public Console(PrintStream out, PrintStream err) {
        this(out, err, Interrupts.NONE);
    }

    public Console withInterrupts(Interrupts newInterrupts) {
        return new Console(out, err, newInterrupts);
    }
}
