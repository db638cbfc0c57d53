package org.newskg.extractor.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * News stories of ../shared/news written as one file per story with a manifest.csv, into a
 * temporary folder (never the repository), in a fixed order (days in name order, every third
 * day, sections in order), so every run writes the same files. The N-Quads snapshot (data/tools/nquads-snapshot.sh), the Spark test and
 * SparkBench all read their news stories through it.
 */
public final class NewsStoryFiles {

    private static final int STEP = 3;

    private NewsStoryFiles() {
    }

    public static Optional<Path> news(Path projectRoot) {
        return HeldOutCorpus.locateNews(projectRoot).map(n -> n.resolve("xinwenlianbo")).filter(Files::isDirectory);
    }

    /** Writes up to {@code wanted} stories; returns how many. */
    public static int write(Path days, Path out, int wanted) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(days)) {
            files = listing.filter(p -> p.getFileName().toString().matches("\\d{8}\\.md")).sorted().toList();
        }
        Files.createDirectories(out);
        StringBuilder manifest = new StringBuilder("file,paper,date\n");
        int written = 0;
        for (int d = 0; d < files.size() && written < wanted; d += STEP) {
            String day = files.get(d).getFileName().toString().substring(0, 8);
            String date = day.substring(0, 4) + "-" + day.substring(4, 6) + "-" + day.substring(6);
            List<HeldOutCorpus.TranscriptSection> sections =
                    HeldOutCorpus.transcriptSections(Files.readString(files.get(d), StandardCharsets.UTF_8));
            for (int s = 0; s < sections.size() && written < wanted; s++) {
                HeldOutCorpus.TranscriptSection section = sections.get(s);
                if (section.paragraphs().isEmpty()) {
                    continue;
                }
                StringBuilder page = new StringBuilder(section.headline()).append("\n\n");
                section.paragraphs().forEach(paragraph -> page.append(paragraph).append("\n\n"));
                String name = String.format("%s_%03d.txt", day, s + 1);
                Files.writeString(out.resolve(name), page.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
                manifest.append(name).append(",新闻联播,").append(date).append('\n');
                written++;
            }
        }
        Files.writeString(out.resolve("manifest.csv"), manifest.toString(), StandardCharsets.UTF_8);
        return written;
    }
}
