package org.newskg.extractor.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.newskg.extractor.source.CorpusFormat;
import org.newskg.extractor.source.Manifest;

/**
 * Finds the files to ingest: files named on the command line as they are, and below named
 * folders the corpus files ({@code .txt} pages; {@code .jsonl}, {@code .ndjson}, {@code .csv},
 * {@code .tsv} files of records; {@code .gz} of each), in a stable order. A folder's
 * {@code manifest.csv} and README stay out.
 *
 * <p>Nothing found here stops the run: a path that does not exist and a folder that cannot be
 * read are listed like files, so that reading them fails with its own one-line reason while the
 * rest of the batch goes on. Symbolic links are followed; a link back to a folder being walked
 * is skipped, since its files are read already.
 */
final class SourceFiles {

    private SourceFiles() {
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                            new Collector(found));
                } catch (IOException e) {
                    found.add(path);
                }
                found.sort(null);
                files.addAll(found);
            } else {
                files.add(path);
            }
        }
        return files;
    }

    static boolean corpusFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return CorpusFormat.of(file).isPresent() && !name.equals(Manifest.FILE_NAME);
    }

    private static final class Collector extends SimpleFileVisitor<Path> {

        private final List<Path> found;

        Collector(List<Path> found) {
            this.found = found;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && corpusFile(file)) {
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!(e instanceof FileSystemLoopException) && (corpusFile(file) || Files.isDirectory(file))) {
                // An unreadable folder, or a file that vanished while the folder was walked.
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                found.add(dir);
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
