package org.newskg.shell.console;

import java.io.PrintStream;

/**
 * Where a command writes: results to {@code out}, progress and messages to {@code err}, so that
 * {@code newskg sparql … > rows.csv} captures results only.
 */
public record Console(PrintStream out, PrintStream err) {
}
