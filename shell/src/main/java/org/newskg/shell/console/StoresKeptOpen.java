package org.newskg.shell.console;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.Stores;

/**
 * The interactive shell's stores: each opened on first use and kept until the shell exits, so
 * commands do not pay for opening it again and no other process slips in between.
 */
public final class StoresKeptOpen implements StoreAccess {

    private final Map<String, Store> open = new LinkedHashMap<>();

    /**
     * Only finding or opening the store is serialised: the work itself runs unlocked, so a query
     * answers while a background ingest writes (the store's transactions keep them apart).
     */
    @Override
    public <T> T withStore(String location, Function<Store, T> work) {
        Store store;
        synchronized (this) {
            store = open.computeIfAbsent(key(location), k -> Stores.open(location));
        }
        return work.apply(store);
    }

    @Override
    public boolean keepsStoresOpen() {
        return true;
    }

    // "newskg-store" and "./newskg-store/" are one store and must not be opened twice.
    private static String key(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return location;
        }
        return Path.of(location).toAbsolutePath().normalize().toString();
    }

    @Override
    public synchronized void close() {
        open.values().forEach(Store::close);
        open.clear();
    }
}
