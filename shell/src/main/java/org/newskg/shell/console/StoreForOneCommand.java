package org.newskg.shell.console;

import java.util.function.Function;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.Stores;

/** Opens the store for one command and closes it afterwards, releasing the lock for other processes. */
public final class StoreForOneCommand implements StoreAccess {

    @Override
    public <T> T withStore(String location, Function<Store, T> work) {
        try (Store store = Stores.open(location)) {
            return work.apply(store);
        }
    }

    @Override
    public void close() {
        // Nothing stays open between commands.
    }
}
