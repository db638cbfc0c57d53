package org.newskg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * A corpus file as ingest's readers want it, a local path beside its folder's manifest: the file
 * itself on a local file system; otherwise a copy, under the same name, in the executor's local
 * mirror of its folder ({@link ManifestMirror}), removed when the file is done.
 */
final class LocalFile implements AutoCloseable {

    private final String location;
    private final Path path;
    private final boolean copied;
    private AutoCloseable stream;

    private LocalFile(String location, Path path, boolean copied) {
        this.location = location;
        this.path = path;
        this.copied = copied;
    }

    static LocalFile of(String location, Map<String, String> manifests, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path hadoopPath = new org.apache.hadoop.fs.Path(location);
        java.net.URI uri = hadoopPath.toUri();
        if (uri.getScheme() == null || "file".equals(uri.getScheme())) {
            return new LocalFile(location, Path.of(uri.getPath()), false);
        }
        Path copy = ManifestMirror.localStandIn(hadoopPath.getParent().toString(), hadoopPath.getName(), manifests);
        FileSystem fs = hadoopPath.getFileSystem(conf);
        try (InputStream in = fs.open(hadoopPath)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return new LocalFile(location, copy, true);
    }

    String location() {
        return location;
    }

    Path path() {
        return path;
    }

    void onClose(AutoCloseable records) {
        this.stream = records;
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
            if (copied) {
                Files.deleteIfExists(path);
            }
        } catch (Exception e) {
            // a temporary copy left behind is removed with the mirror at exit
        }
    }
}
