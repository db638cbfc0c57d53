package org.newskg.shell.command;

import java.util.List;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.Session;

/** {@code jobs}: how far the background ingest has got. */
public final class JobsCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "jobs",
            "show the background ingest of this shell session (started with 'ingest --background')",
            List.of(),
            PositionalSpec.none(),
            null,
            List.of("jobs"));

    private final Session session;

    public JobsCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        String status = session.background().status();
        console.out().println(status == null ? "no background ingest in this session" : status);
        return ExitStatus.OK;
    }
}
