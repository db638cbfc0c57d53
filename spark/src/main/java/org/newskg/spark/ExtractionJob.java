package org.newskg.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.load.ExtractedSource;

/**
 * The extraction job: lists the corpus on the driver, spreads the source files over partitions,
 * extracts each partition on its executor ({@link SourceExtraction}) and saves gzip N-Quads under
 * {@code OUT/nquads/} and the manifest lines under {@code OUT/manifest/}, one part file per
 * partition in each, through Hadoop's output committer ({@code OUT/_SUCCESS} marks a whole run).
 */
public final class ExtractionJob {

    /**
     * @param inputs     files or folders, any Hadoop path ({@code file:}, {@code hdfs:}, {@code s3a:})
     * @param output     the output folder, which must not exist
     * @param partitions how many partitions; 0 chooses about four per core of the cluster
     */
    public record Settings(List<String> inputs, String output, int partitions, String paper, String date, String columns) {

        public Settings(List<String> inputs, String output, int partitions, String paper, String date) {
            this(inputs, output, partitions, paper, date, null);
        }
    }

    /** What one run did, counted from the manifest it wrote. */
    public record Summary(int sources, int extracted, List<ExtractedSource> failed, long articles, long quads) {
    }

    private ExtractionJob() {
    }

    public static Summary run(JavaSparkContext sc, Settings settings) {
        Configuration conf = sc.hadoopConfiguration();
        Path out = new Path(settings.output());
        try {
            if (out.getFileSystem(conf).exists(out)) {
                throw new UserInputException(settings.output() + " exists; give a new output folder (Spark never overwrites one)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CorpusListing corpus = CorpusListing.of(settings.inputs(), conf);
        if (corpus.files().isEmpty()) {
            throw new UserInputException("no corpus files (.txt, .jsonl, .csv, .tsv, .gz of each) under " + String.join(", ", settings.inputs()));
        }
        int partitions = settings.partitions() > 0 ? settings.partitions()
                : Math.max(1, Math.min(corpus.files().size(), sc.defaultParallelism() * 4));
        sc.parallelize(corpus.files(), partitions)
                .mapPartitionsToPair(new SourceExtraction(corpus.manifests(), settings.paper(), settings.date(), settings.columns()))
                .saveAsHadoopFile(settings.output(), String.class, String.class, SourceOutputFormat.class, GzipCodec.class);
        return summarise(conf, out);
    }

    /** Reads back the manifest parts a finished run wrote. */
    public static Summary summarise(Configuration conf, Path out) {
        List<ExtractedSource> rows = readManifest(conf, out);
        List<ExtractedSource> failed = rows.stream().filter(r -> r.status() == ExtractedSource.Status.FAILED).toList();
        long articles = rows.stream().mapToLong(ExtractedSource::articles).sum();
        long quads = rows.stream().mapToLong(ExtractedSource::quads).sum();
        return new Summary(rows.size(), rows.size() - failed.size(), failed, articles, quads);
    }

    static List<ExtractedSource> readManifest(Configuration conf, Path out) {
        List<ExtractedSource> rows = new ArrayList<>();
        try {
            FileSystem fs = out.getFileSystem(conf);
            Path dir = new Path(out, SourceOutputFormat.MANIFEST);
            if (!fs.exists(dir)) {
                return rows;
            }
            CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
            for (FileStatus part : fs.listStatus(dir, p -> p.getName().startsWith("part-"))) {
                var codec = codecs.getCodec(part.getPath());
                try (var raw = fs.open(part.getPath());
                     var in = codec == null ? raw : codec.createInputStream(raw);
                     BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (!line.isBlank()) {
                            rows.add(ExtractedSource.parse(line));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
