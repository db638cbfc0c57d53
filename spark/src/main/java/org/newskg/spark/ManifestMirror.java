package org.newskg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.extractor.TemporaryFolders;

/**
 * The {@code manifest.csv} files of the input folders, copied once per executor JVM into a local
 * folder each, so that ingest's own metadata rules ({@code MetadataResolver}) read them as they
 * would beside the files, wherever the corpus lives (HDFS, S3, a local disk).
 */
final class ManifestMirror {

    private static final Map<String, Path> FOLDERS = new ConcurrentHashMap<>();
    private static volatile Path root;

    private ManifestMirror() {
    }

    /** A local stand-in for {@code fileName} in the input folder {@code folder}, beside a copy of its manifest. */
    static Path localStandIn(String folder, String fileName, Map<String, String> manifests) {
        Path local = FOLDERS.computeIfAbsent(folder, f -> mirror(f, manifests.get(f)));
        return local.resolve(fileName);
    }

    private static Path mirror(String folder, String manifestOrNull) {
        try {
            Path dir = Files.createTempDirectory(root(), "folder");
            if (manifestOrNull != null) {
                Files.writeString(dir.resolve("manifest.csv"), manifestOrNull, StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() throws IOException {
        Path r = root;
        if (r == null) {
            synchronized (ManifestMirror.class) {
                if (root == null) {
                    Path created = Files.createTempDirectory("newskg-spark-manifests");
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> TemporaryFolders.deleteQuietly(created)));
                    root = created;
                }
                r = root;
            }
        }
        return r;
    }
}
