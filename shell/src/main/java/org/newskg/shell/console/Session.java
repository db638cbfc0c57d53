package org.newskg.shell.console;

import java.util.ArrayList;
import java.util.List;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.format.Pager;

/**
 * What lasts from one command to the next in the interactive shell or a script: the store named
 * when the shell started, declared prefixes, and how long results are paged. A one-shot run has a
 * fresh one.
 */
public final class Session {

    private final SessionPrefixes prefixes = new SessionPrefixes();
    private final BackgroundIngest background = new BackgroundIngest();
    private volatile String defaultStore;
    private volatile Pager pager = Pager.NEVER;
    private volatile boolean interactive;

    public SessionPrefixes prefixes() {
        return prefixes;
    }

    /** The ingest running behind the prompt, if any. */
    public BackgroundIngest background() {
        return background;
    }

    /** The store commands use when the line names none; null for the usual default. */
    public String defaultStore() {
        return defaultStore;
    }

    public void defaultStore(String location) {
        this.defaultStore = location;
    }

    public Pager pager() {
        return pager;
    }

    public void pager(Pager pager) {
        this.pager = pager;
    }

    public boolean interactive() {
        return interactive;
    }

    public void interactive(boolean interactive) {
        this.interactive = interactive;
    }

    /** The arguments with {@code --store} of the session added, when the command takes one and the line gave none. */
    public List<String> withDefaultStore(CommandSpec spec, List<String> args) {
        String store = defaultStore;
        if (store == null || spec.option("store").isEmpty() || namesStore(args)) {
            return args;
        }
        List<String> withStore = new ArrayList<>(List.of("--store", store));
        withStore.addAll(args);
        return withStore;
    }

    private static boolean namesStore(List<String> args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--store") || arg.startsWith("--store=")) {
                return true;
            }
        }
        return false;
    }
}
