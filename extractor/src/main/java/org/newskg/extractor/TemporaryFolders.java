package org.newskg.extractor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing the scratch folders evaluation and benchmarks work in. */
public final class TemporaryFolders {

    private TemporaryFolders() {
    }

    /**
     * Deletes {@code root} and everything under it, if it exists; what cannot be deleted is left
     * behind, since a leftover temporary file is harmless and the OS cleans it.
     */
    public static void deleteQuietly(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left behind, as above
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
