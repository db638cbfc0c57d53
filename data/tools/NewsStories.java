import java.io.IOException;
import java.nio.file.Path;
import org.newskg.extractor.evaluation.NewsStoryFiles;

/**
 * Writes news stories of the 《新闻联播》 transcripts in ../shared/news as one file per story, with a
 * manifest.csv, for checks that need many real stories (the N-Quads snapshot,
 * data/tools/nquads-snapshot.sh). The text stays on this machine: the output folder is a temporary
 * one outside the repository. The order is {@link NewsStoryFiles}'s, the one the Spark test uses.
 *
 * <pre>java -cp extractor/target/classes data/tools/NewsStories.java ../shared/news OUT_DIR [COUNT]</pre>
 */
public class NewsStories {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NewsStories NEWS_DIR OUT_DIR [COUNT]");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        int wanted = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int written = NewsStoryFiles.write(Path.of(args[0]).resolve("xinwenlianbo"), out, wanted);
        System.err.println("wrote " + written + " stories to " + out);
    }
}
