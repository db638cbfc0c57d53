package org.newskg.extractor.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.extractor.UserInputException;

/**
 * Finds the files to ingest: files named on the command line as they are, and the {@code .txt}
 * files below named folders (so a folder's manifest.csv and README stay out), in a stable order.
 */
final class SourceFiles {

    private SourceFiles() {
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".txt"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new UserInputException("cannot read folder " + path + ": " + e.getMessage());
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new UserInputException("no such file or folder: " + path);
            }
        }
        return files;
    }
}
