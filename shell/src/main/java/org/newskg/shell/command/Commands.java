package org.newskg.shell.command;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.console.CommandHistory;
import org.newskg.shell.console.Session;
import org.newskg.shell.console.StoreAccess;

/** The commands newskg offers, in the order help lists them. */
public final class Commands {

    private final List<ShellCommand> all;

    public Commands(List<ShellCommand> all) {
        this.all = List.copyOf(all);
    }

    public static Commands using(StoreAccess stores) {
        return using(stores, new Session());
    }

    /** The commands of one session: the interactive shell's, or a one-shot run's (with scripts it runs). */
    public static Commands using(StoreAccess stores, Session session) {
        AtomicReference<Commands> self = new AtomicReference<>();
        Commands commands = new Commands(List.of(
                new IngestCommand(stores, session),
                new JobsCommand(session),
                new SparqlCommand(stores, session),
                new ExportCommand(stores),
                new StatsCommand(stores),
                new ServeCommand(stores),
                new CompactCommand(stores),
                new LoadCommand(stores),
                new BenchCommand(),
                new ValidateCommand(stores),
                new EvidenceCommand(stores),
                new EvalCommand(),
                new QuestionsCommand(stores),
                new ExtractCommand(),
                new SearchCommand(stores, session),
                new DescribeCommand(stores, session),
                new TimelineCommand(stores, session),
                new PrefixCommand(session),
                new RunScriptCommand(self::get, session),
                new HistoryCommand(CommandHistory.defaultFile())));
        self.set(commands);
        return commands;
    }

    public List<ShellCommand> all() {
        return all;
    }

    public List<CommandSpec> specs() {
        return all.stream().map(ShellCommand::spec).toList();
    }

    public Optional<ShellCommand> named(String name) {
        return all.stream().filter(c -> c.spec().name().equals(name)).findFirst();
    }
}
