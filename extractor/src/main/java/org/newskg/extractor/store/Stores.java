package org.newskg.extractor.store;

import java.nio.file.Path;

/** Opens a store from what the user wrote after {@code --store}. */
public final class Stores {

    /** The store used when {@code --store} is not given. */
    public static final String DEFAULT_LOCATION = "newskg-store";

    private Stores() {
    }

    public static Store open(String location) {
        if (location == null || location.isBlank()) {
            location = DEFAULT_LOCATION;
        }
        if (RemoteEndpoints.isRemote(location)) {
            return RemoteStore.open(location);
        }
        return TdbStore.open(Path.of(location));
    }
}
