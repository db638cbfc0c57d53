package org.newskg.shell.command;

import org.newskg.extractor.store.Stores;
import org.newskg.shell.cli.OptionSpec;

/** The {@code --store} option, the same in every command. */
final class StoreOption {

    static final OptionSpec SPEC = OptionSpec.value(ShellCommand.STORE, "DIR|URL",
            "the store directory, or a SPARQL server's dataset (http://host:3030/NAME)")
            .withDefault(Stores.DEFAULT_LOCATION);

    private StoreOption() {
    }
}
