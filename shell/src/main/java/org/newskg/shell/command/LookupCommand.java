package org.newskg.shell.command;

import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.Session;
import org.newskg.shell.console.StoreAccess;
import org.newskg.shell.format.LookupPrinter;

/**
 * What {@code search}, {@code describe} and {@code timeline} share: they read entities from the
 * store the session or {@code --store} names and print them through the session's pager.
 */
abstract class LookupCommand implements ShellCommand {

    private final CommandSpec spec;
    private final StoreAccess stores;
    private final Session session;

    LookupCommand(CommandSpec spec, StoreAccess stores, Session session) {
        this.spec = spec;
        this.stores = stores;
        this.session = session;
    }

    @Override
    public final CommandSpec spec() {
        return spec;
    }

    protected final StoreAccess stores() {
        return stores;
    }

    protected final LookupPrinter printer(Console console) {
        return new LookupPrinter(console.out(), session.pager());
    }
}
