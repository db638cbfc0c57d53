package org.newskg.shell.interactive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.extractor.lookup.EntityLookup;
import org.newskg.shell.console.StoreAccess;
import org.slf4j.LoggerFactory;

/**
 * The names and aliases in a store, for completing {@code describe}, {@code search} and
 * {@code timeline}. Read once per store and kept until an ingest may have changed them.
 */
final class EntityNameCompletion {

    // Event headlines are names too, but nobody types a whole headline.
    private static final int LONGEST_NAME = 24;

    private final StoreAccess stores;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    EntityNameCompletion(StoreAccess stores) {
        this.stores = stores;
    }

    List<String> names(String location) {
        // Completing must never create a store where the user only pressed Tab.
        if (location.startsWith("http://") || location.startsWith("https://") || !Files.isDirectory(Path.of(location))) {
            return List.of();
        }
        return cache.computeIfAbsent(location, this::read);
    }

    private List<String> read(String location) {
        try {
            return stores.withStore(location, store -> new EntityLookup(store).names()).stream()
                    .filter(n -> n.length() <= LONGEST_NAME && n.codePoints().noneMatch(Character::isWhitespace))
                    .toList();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(EntityNameCompletion.class).debug("no names to complete from {}", location, e);
            return List.of();
        }
    }

    void forget() {
        cache.clear();
    }
}
