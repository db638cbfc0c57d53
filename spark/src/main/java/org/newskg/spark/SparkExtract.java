package org.newskg.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.load.ExtractedSource;

/**
 * {@code spark-submit --class org.newskg.spark.SparkExtract newskg-spark.jar [--partitions N]
 * [--paper NAME] [--date YYYY-MM-DD] [--columns SPEC] --out OUT INPUT...}: extracts a corpus on a cluster and
 * writes N-Quads for {@code newskg load} (or a bulk loader). Results on stdout, one line; failures
 * of single sources are listed on stderr with their reasons, and the exit status is 1 when any.
 */
public final class SparkExtract {

    private SparkExtract() {
    }

    public static void main(String[] args) {
        ExtractionJob.Settings settings;
        try {
            settings = parse(args);
        } catch (UserInputException e) {
            System.err.println("newskg-spark: " + e.getMessage());
            System.err.println("usage: spark-submit --class org.newskg.spark.SparkExtract newskg-spark.jar"
                    + " [--partitions N] [--paper NAME] [--date YYYY-MM-DD] [--columns SPEC] --out OUT INPUT...");
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("newskg-extract");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        int status;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            ExtractionJob.Summary summary = ExtractionJob.run(sc, settings);
            for (ExtractedSource failed : summary.failed()) {
                System.err.println("failed: " + failed.location() + ": " + failed.reason());
            }
            System.out.printf("%d sources: %d extracted, %d failed; %d articles, %d quads in %s%n", summary.sources(),
                    summary.extracted(), summary.failed().size(), summary.articles(), summary.quads(), settings.output());
            status = summary.failed().isEmpty() ? 0 : 1;
        } catch (UserInputException e) {
            System.err.println("newskg-spark: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    static ExtractionJob.Settings parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String paper = null;
        String date = null;
        String columns = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--out" -> out = value(args, ++i, arg);
                case "--paper" -> paper = value(args, ++i, arg);
                case "--date" -> date = value(args, ++i, arg);
                case "--columns" -> columns = value(args, ++i, arg);
                case "--partitions" -> {
                    try {
                        partitions = Integer.parseInt(value(args, ++i, arg));
                    } catch (NumberFormatException e) {
                        throw new UserInputException("--partitions wants a number");
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UserInputException("unknown option " + arg);
                    }
                    inputs.add(arg);
                }
            }
        }
        if (out == null || inputs.isEmpty()) {
            throw new UserInputException("give --out OUT and at least one INPUT");
        }
        return new ExtractionJob.Settings(List.copyOf(inputs), out, partitions, paper, date, columns);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UserInputException(option + " wants a value");
        }
        return args[i];
    }
}
