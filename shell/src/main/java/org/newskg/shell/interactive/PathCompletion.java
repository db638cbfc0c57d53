package org.newskg.shell.interactive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** File names that complete what the user has typed of a path. */
final class PathCompletion {

    private PathCompletion() {
    }

    static List<String> candidates(String typed) {
        String prefix = typed == null ? "" : typed;
        int slash = prefix.lastIndexOf('/');
        String dirPart = slash >= 0 ? prefix.substring(0, slash + 1) : "";
        Path dir = Path.of(dirPart.isEmpty() ? "." : dirPart);
        try (Stream<Path> entries = Files.list(dir)) {
            return entries
                    .map(p -> dirPart + p.getFileName() + (Files.isDirectory(p) ? "/" : ""))
                    .filter(name -> name.startsWith(prefix))
                    .sorted()
                    .limit(200)
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
