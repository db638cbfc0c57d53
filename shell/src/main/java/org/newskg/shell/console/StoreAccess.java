package org.newskg.shell.console;

import java.util.function.Function;
import org.newskg.extractor.store.Store;

/**
 * How commands reach a store. A one-shot run opens and closes it around the command; the
 * interactive shell keeps it open, because TDB2 lets only one process hold a store.
 */
public interface StoreAccess extends AutoCloseable {

    <T> T withStore(String location, Function<Store, T> work);

    /** Whether a store stays open after the command that opened it, so work can go on in the background. */
    default boolean keepsStoresOpen() {
        return false;
    }

    @Override
    void close();
}
