package org.newskg.extractor.store;

import java.nio.file.Path;
import org.newskg.extractor.UserInputException;

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
        if (location.startsWith("http://") || location.startsWith("https://")) {
            throw new UserInputException("remote stores (" + location + ") are not supported yet: give a directory with --store");
        }
        return TdbStore.open(Path.of(location));
    }
}
