package org.newskg.shell.command;

import java.util.List;
import java.util.Optional;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.console.StoreAccess;

/** The commands newskg offers, in the order help lists them. */
public final class Commands {

    private final List<ShellCommand> all;

    public Commands(List<ShellCommand> all) {
        this.all = List.copyOf(all);
    }

    public static Commands using(StoreAccess stores) {
        return new Commands(List.of(
                new IngestCommand(stores),
                new SparqlCommand(stores),
                new ExportCommand(stores),
                new StatsCommand(stores),
                new ValidateCommand(stores),
                new EvidenceCommand(stores),
                new EvalCommand()));
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
