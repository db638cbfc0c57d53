package org.newskg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.source.CorpusFormat;
import org.newskg.extractor.source.Manifest;

/**
 * What the driver lists before the job: the corpus files under the input paths (recursively,
 * the kinds ingest reads: {@code .txt}, JSON Lines, CSV, TSV and {@code .gz} of each, in name order) on any file system Hadoop reads, and the
 * {@code manifest.csv} of each folder that has one, which is small and goes to the executors whole.
 *
 * @param files     source file URIs, sorted
 * @param manifests folder URI → manifest text
 */
record CorpusListing(List<String> files, Map<String, String> manifests) {

    static CorpusListing of(List<String> inputs, Configuration conf) {
        List<String> files = new ArrayList<>();
        Map<String, String> manifests = new HashMap<>();
        try {
            for (String input : inputs) {
                Path root = new Path(input);
                FileSystem fs = root.getFileSystem(conf);
                if (!fs.exists(root)) {
                    throw new UserInputException("no such file or folder: " + input);
                }
                FileStatus status = fs.getFileStatus(root);
                if (status.isFile()) {
                    files.add(fs.makeQualified(root).toString());
                    readManifest(fs, fs.makeQualified(root).getParent(), manifests);
                    continue;
                }
                RemoteIterator<LocatedFileStatus> listing = fs.listFiles(root, true);
                while (listing.hasNext()) {
                    Path file = listing.next().getPath();
                    String name = file.getName();
                    if (corpusFile(name)) {
                        files.add(file.toString());
                        readManifest(fs, file.getParent(), manifests);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return new CorpusListing(List.copyOf(files), Map.copyOf(manifests));
    }

    /** As ingest chooses: a kind of corpus file it reads, and not the manifest beside the pages. */
    static boolean corpusFile(String name) {
        return !name.startsWith(".") && !name.equalsIgnoreCase(Manifest.FILE_NAME)
                && CorpusFormat.of(java.nio.file.Path.of(name)).isPresent();
    }

    private static void readManifest(FileSystem fs, Path folder, Map<String, String> manifests) throws IOException {
        String key = folder.toString();
        if (manifests.containsKey(key)) {
            return;
        }
        Path manifest = new Path(folder, "manifest.csv");
        if (fs.exists(manifest)) {
            try (FSDataInputStream in = fs.open(manifest)) {
                manifests.put(key, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
