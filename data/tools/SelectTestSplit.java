import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newskg.extractor.evaluation.HeldOutCorpus;

/**
 * Prints the stories of a blind split chosen by a fixed filter over the shared news collection
 * (../shared/news, see its SOURCES.md): the test split (data/gold/unseen/selection.csv) or, with
 * {@code --final}, the final split (data/gold/final/selection.csv). It reads the stories and the
 * earlier selections through the extractor's own {@code HeldOutCorpus}, so it filters on exactly
 * the text that {@code eval} scores; run it as a single-file program with the extractor's classes
 * (after {@code mvn -B -DskipTests package}):
 *
 * <pre>java -cp extractor/target/classes data/tools/SelectTestSplit.java ../shared/news data/gold/heldout/selection.csv
 * java -cp extractor/target/classes data/tools/SelectTestSplit.java --final ../shared/news data/gold/heldout/selection.csv data/gold/unseen/selection.csv</pre>
 *
 * The filter never looks at what the extractor makes of a story. xinwenlianbo stories from days
 * that any earlier selection (the CSV files given) already uses are left out; the rest are put in
 * the order of the SHA-1 of {@code day|headline} (test split) or of {@code final|day|headline}
 * (final split; a different fixed pseudo-random order) and taken stratum by stratum, at most one
 * story per day, a story counting for the first stratum it fits. Test split:
 * <ol>
 *   <li>personnel: 3 headlines with 职务调整 or 任免, body of at least 100 characters;</li>
 *   <li>appointments voted: 1 closing session (闭幕 in the headline) whose body has 任命 or 免去;</li>
 *   <li>inspection tours: 3 headlines "…在…调研/考察" (no 反响/引发/引起/座谈会) whose body names a 县, 镇 or 乡;</li>
 *   <li>meetings: 2 headlines with 会议 or 座谈会 (not 会见/会谈) and at least five title words;</li>
 *   <li>foreign visits: 2 headlines with 会见 or 会谈 whose body has 总统, 总理, 首相 or 国王;</li>
 *   <li>内蒙古: 2 headlines naming 内蒙古.</li>
 * </ol>
 * Final split, 15 stories: the same strata with quotas 2, 1, 4, 2, 2, 2, where an inspection
 * tour's headline must not be a reaction piece either (干部群众) and its body must name a 镇, 乡 or
 * 村, and a 内蒙古 headline must not be a reaction piece (反响/引发/引起/干部群众) and needs only one
 * title word in its 300–1400 characters (few 内蒙古 headlines are left on unused days), followed by
 * <ol start="7">
 *   <li>ordinary: 2 headlines on the economy or culture (经济 产业 文化 博览会 论坛 开幕 开工 投产 旅游
 *   贸易 合作) with none of the words of the strata above.</li>
 * </ol>
 * Except for personnel, a story must be "rich": a body of 300–1400 characters with at least three
 * title words (书记 主席 部长 总理 省长 市长 主任 局长 厅长 县长 大使 总统 委员长). cnews: the first five
 * lines after the last cnews line of the earlier selections (417 for the test split, 820 for the
 * final split, after which only five lines pass), in file order, labelled 时政, of 400–1500
 * characters and containing 书记, 部长, 省长, 市长, 主席, 总理 or 主任.
 */
public class SelectTestSplit {

    record Story(String hash, String day, String headline, String body) {
    }

    record Stratum(String name, int quota, BiPredicate<String, String> fits) {
    }

    static final Pattern TITLE = Pattern.compile("书记|主席|部长|总理|省长|市长|主任|局长|厅长|县长|大使|总统|委员长");
    static final Pattern CNEWS_TITLE = Pattern.compile("书记|部长|省长|市长|主席|总理|主任");

    public static void main(String[] args) throws IOException {
        boolean fin = args.length > 0 && args[0].equals("--final");
        List<String> rest = List.of(args).subList(fin ? 1 : 0, args.length);
        if (rest.size() < 2) {
            System.err.println("usage: java -cp extractor/target/classes data/tools/SelectTestSplit.java [--final] NEWS_DIR EARLIER_SELECTION_CSV...");
            System.exit(2);
        }
        Path news = Path.of(rest.get(0));
        Set<String> earlierDays = new HashSet<>();
        int lastCnewsLine = 0;
        for (String csv : rest.subList(1, rest.size())) {
            for (HeldOutCorpus.Story earlier : HeldOutCorpus.readSelection(Path.of(csv))) {
                if (earlier.source().equals("xinwenlianbo")) {
                    earlierDays.add(earlier.file().substring(0, 8));
                } else if (earlier.source().equals("cnews")) {
                    lastCnewsLine = Math.max(lastCnewsLine, Integer.parseInt(earlier.locator()));
                }
            }
        }
        String salt = fin ? "final|" : "";
        List<Story> stories = new ArrayList<>();
        try (Stream<Path> days = Files.list(news.resolve("xinwenlianbo"))) {
            for (Path file : days.filter(p -> p.getFileName().toString().matches("\\d{8}\\.md")).sorted().toList()) {
                String day = file.getFileName().toString().substring(0, 8);
                if (earlierDays.contains(day)) {
                    continue;
                }
                for (HeldOutCorpus.TranscriptSection section
                        : HeldOutCorpus.transcriptSections(Files.readString(file, StandardCharsets.UTF_8))) {
                    String body = String.join("\n", section.paragraphs());
                    stories.add(new Story(sha1(salt + day + "|" + section.headline()), day, section.headline(), body));
                }
            }
        }
        stories.sort((a, b) -> a.hash().compareTo(b.hash()));
        List<Stratum> strata = fin ? finalStrata() : testStrata();
        Set<String> usedDays = new HashSet<>();
        for (Stratum stratum : strata) {
            int taken = 0;
            for (Story s : stories) {
                if (taken == stratum.quota()) {
                    break;
                }
                if (!usedDays.contains(s.day()) && stratum.fits().test(s.headline(), s.body())) {
                    usedDays.add(s.day());
                    taken++;
                    System.out.println(stratum.name() + "," + s.day() + ".md," + s.headline());
                }
            }
        }
        List<String> lines = Files.readAllLines(news.resolve("cnews_thucnews_subset").resolve("cnews.val.txt"), StandardCharsets.UTF_8);
        int quota = 5;
        int taken = 0;
        for (int i = lastCnewsLine; i < lines.size() && taken < quota; i++) {
            String[] cells = lines.get(i).split("\t", 2);
            if (cells.length == 2 && cells[0].equals("时政") && cells[1].length() >= 400 && cells[1].length() <= 1500
                    && CNEWS_TITLE.matcher(cells[1]).find()) {
                taken++;
                System.out.println("cnews,cnews.val.txt," + (i + 1));
            }
        }
    }

    /** The strata of the test split (data/gold/unseen), 13 stories. */
    static List<Stratum> testStrata() {
        return List.of(
                new Stratum("personnel", 3, (h, b) -> find("职务调整|任免", h) && b.length() >= 100),
                new Stratum("appointments-voted", 1, (h, b) -> h.contains("闭幕") && find("任命|免去", b) && rich(b)),
                new Stratum("inspection", 3, (h, b) -> find("在.+(调研|考察)", h) && !find("反响|引发|引起|座谈会", h)
                        && rich(b) && find("[县镇乡]", b)),
                new Stratum("meeting", 2, (h, b) -> find("会议|座谈会", h) && !find("会见|会谈", h) && rich(b)
                        && count(TITLE, b) >= 5),
                new Stratum("visit", 2, (h, b) -> find("会见|会谈", h) && rich(b) && find("总统|总理|首相|国王", b)),
                new Stratum("neimenggu", 2, (h, b) -> h.contains("内蒙古") && rich(b)));
    }

    /** The strata of the final split (data/gold/final), 15 stories. */
    static List<Stratum> finalStrata() {
        return List.of(
                new Stratum("personnel", 2, (h, b) -> find("职务调整|任免", h) && b.length() >= 100),
                new Stratum("appointments-voted", 1, (h, b) -> h.contains("闭幕") && find("任命|免去", b) && rich(b)),
                new Stratum("inspection", 4, (h, b) -> find("在.+(调研|考察)", h) && !find("反响|引发|引起|干部群众|座谈会", h)
                        && rich(b) && find("[镇乡村]", b)),
                new Stratum("meeting", 2, (h, b) -> find("会议|座谈会", h) && !find("会见|会谈", h) && rich(b)
                        && count(TITLE, b) >= 5),
                new Stratum("visit", 2, (h, b) -> find("会见|会谈", h) && rich(b) && find("总统|总理|首相|国王", b)),
                new Stratum("neimenggu", 2, (h, b) -> h.contains("内蒙古") && !find("反响|引发|引起|干部群众", h)
                        && b.length() >= 300 && b.length() <= 1400 && count(TITLE, b) >= 1),
                new Stratum("ordinary", 2, (h, b) -> find("经济|产业|文化|博览会|论坛|开幕|开工|投产|旅游|贸易|合作", h)
                        && !find("职务调整|任免|闭幕|调研|考察|会议|座谈会|会见|会谈|内蒙古|反响|引发|引起", h) && rich(b)));
    }

    static boolean rich(String body) {
        return body.length() >= 300 && body.length() <= 1400 && count(TITLE, body) >= 3;
    }

    static boolean find(String regex, String text) {
        return Pattern.compile(regex).matcher(text).find();
    }

    static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
