package org.newskg.shell.command;

import java.io.IOException;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.console.Console;

/**
 * One newskg command: it reads its options, asks the extractor to do the work and formats the
 * result. Both front ends (one-shot and interactive) call it the same way.
 */
public interface ShellCommand {

    /** The option name every store-using command shares. */
    String STORE = "store";

    CommandSpec spec();

    /** Runs the command and returns its exit status. User errors are thrown as {@code UserInputException}. */
    int run(ParsedArguments args, Console console) throws IOException;
}
