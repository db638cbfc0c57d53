package org.newskg.shell.console;

import org.jline.utils.Signals;

/**
 * Ctrl-C (SIGINT) for the interactive shell. Spring Shell's own handler only interrupts the
 * command's thread, which a running SPARQL query never looks at; ours runs the command's action
 * (abort the query) instead, and gives the signal back to Spring Shell when the command ends.
 */
public final class SignalInterrupts implements Interrupts {

    private static final String SIGINT = "INT";

    @Override
    public Registration onInterrupt(Runnable action) {
        Object previous = Signals.register(SIGINT, action);
        return () -> Signals.unregister(SIGINT, previous);
    }
}
