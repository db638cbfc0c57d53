package org.newskg.extractor.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newskg.extractor.UserInputException;

/**
 * Days of the 《新闻联播》 transcripts in the shared news collection, written as one plain page per
 * story with a {@code manifest.csv} (paper 新闻联播, the day's date) into a directory outside the
 * repository, ready to ingest: the publishers' text is read at run time, never copied into the project.
 */
public final class TranscriptDays {

    private static final Pattern DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})\\.md");

    private TranscriptDays() {
    }

    /** The transcript days of {@code newsDir}, in order, that {@code keep} accepts (by their yyyyMMdd). */
    public static List<Path> days(Path newsDir, Predicate<String> keep) {
        Path dir = newsDir.resolve("xinwenlianbo");
        if (!Files.isDirectory(dir)) {
            throw new UserInputException("no 新闻联播 transcripts at " + dir + ": pass --news DIR");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                Matcher m = DAY.matcher(f.getFileName().toString());
                return m.matches() && keep.test(m.group(1) + m.group(2) + m.group(3));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code every}-th day, counted from the first. */
    public static List<Path> everyNth(Path newsDir, int every) {
        List<Path> all = days(newsDir, d -> true);
        List<Path> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i += Math.max(1, every)) {
            kept.add(all.get(i));
        }
        return kept;
    }

    /** Writes the stories of the days into {@code outDir}; returns how many. */
    public static int materialise(List<Path> days, Path outDir) {
        StringBuilder manifest = new StringBuilder("file,paper,date\n");
        int stories = 0;
        try {
            Files.createDirectories(outDir);
            for (Path day : days) {
                Matcher m = DAY.matcher(day.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                String date = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
                List<HeldOutCorpus.TranscriptSection> sections =
                        HeldOutCorpus.transcriptSections(Files.readString(day, StandardCharsets.UTF_8));
                int n = 0;
                for (HeldOutCorpus.TranscriptSection section : sections) {
                    if (section.paragraphs().isEmpty()) {
                        continue;
                    }
                    StringBuilder page = new StringBuilder(section.headline()).append("\n\n");
                    section.paragraphs().forEach(p -> page.append(p).append("\n\n"));
                    String name = String.format("xwlb_%s%s%s_%02d.txt", m.group(1), m.group(2), m.group(3), ++n);
                    Files.writeString(outDir.resolve(name), page.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
                    manifest.append(name).append(",新闻联播,").append(date).append('\n');
                    stories++;
                }
            }
            Files.writeString(outDir.resolve("manifest.csv"), manifest.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stories;
    }
}
