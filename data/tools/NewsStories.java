import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.extractor.evaluation.HeldOutCorpus;
import org.newskg.extractor.evaluation.HeldOutCorpus.TranscriptSection;

/**
 * Writes news stories of the 《新闻联播》 transcripts in ../shared/news as one file per story, with a
 * manifest.csv, for checks that need many real stories (the N-Quads snapshot,
 * data/tools/nquads-snapshot.sh). The text stays on this machine: the output folder is a temporary
 * one outside the repository. Stories are taken in a fixed order (days in name order, every
 * {@code STEP}-th day, sections in order) so that every run writes the same files.
 *
 * <pre>java -cp extractor/target/classes data/tools/NewsStories.java ../shared/news OUT_DIR [COUNT]</pre>
 */
public class NewsStories {

    private static final int STEP = 3;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NewsStories NEWS_DIR OUT_DIR [COUNT]");
            System.exit(2);
        }
        Path days = Path.of(args[0]).resolve("xinwenlianbo");
        Path out = Path.of(args[1]);
        int wanted = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
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
            List<TranscriptSection> sections =
                    HeldOutCorpus.transcriptSections(Files.readString(files.get(d), StandardCharsets.UTF_8));
            for (int s = 0; s < sections.size() && written < wanted; s++) {
                TranscriptSection section = sections.get(s);
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
        System.err.println("wrote " + written + " stories to " + out);
    }
}
