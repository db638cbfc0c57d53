package org.newskg.extractor.mention;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.article.Article;
import org.newskg.extractor.article.ArticleSplitter;
import org.newskg.extractor.layout.LayoutRepair;
import org.newskg.extractor.layout.Page;
import org.newskg.extractor.source.Manifest;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.source.SourceReader;

/**
 * Hand-run harness, not a test: {@code dump OUT CORPUS NEWS} writes every finder's mentions on the
 * sample pages and ~200 news stories; {@code bench CORPUS [reps]} prints ms per MB per finder.
 */
public final class FinderBench {

    private record Body(String text, TextContext context) { }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[1]);
        List<Source> sources = sources(corpus);
        List<Body> bodies = bodies(sources);
        RegionGazetteer gazetteer = RegionGazetteer.bundled();
        Recognizers standard = Recognizers.standard();
        List<MentionFinder> finders = List.of(new PersonFinder(), new RegionFinder(gazetteer), new SiteFinder(gazetteer),
                finderField(standard, 3), new DateFinder(), new EventTriggerFinder());
        if (args[0].equals("dump")) {
            List<Body> all = new ArrayList<>(bodies);
            all.addAll(stories(Path.of(args[2]), Integer.getInteger("stories", 200)));
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
                TreeMap<String, Integer> counts = new TreeMap<>();
                int i = 0;
                for (Body b : all) {
                    out.println("### body " + i++ + " len=" + b.text().length());
                    for (MentionFinder f : finders) {
                        for (Mention m : f.find(b.text(), b.context())) {
                            out.println(f.getClass().getSimpleName() + "\t" + m.type() + "\t" + m.start() + "\t" + m.end()
                                    + "\t" + m.text() + "\t" + m.canonical() + "\t" + new TreeMap<>(m.attributes()));
                            counts.merge(f.getClass().getSimpleName(), 1, Integer::sum);
                        }
                    }
                    List<Mention> ms = standard.find(b.text(), b.context());
                    for (var p : standard.posts(b.text(), ms, b.context())) {
                        out.println("POST\t" + line(p.person()) + "\t" + line(p.title()));
                        counts.merge("posts", 1, Integer::sum);
                    }
                }
                System.out.println("bodies=" + all.size() + " counts=" + counts);
            }
            return;
        }
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        long chars = bodies.stream().mapToLong(b -> b.text().getBytes(StandardCharsets.UTF_8).length).sum();
        long pageBytes = sources.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
        Extractor extractor = new Extractor(standard);
        for (int w = 0; w < 10; w++) {
            for (MentionFinder f : finders) for (Body b : bodies) f.find(b.text(), b.context());
            for (Source s : sources) extractor.extract(s);
        }
        double mb = chars * reps / 1e6;
        for (MentionFinder f : finders) {
            long t0 = System.nanoTime();
            for (int r = 0; r < reps; r++) for (Body b : bodies) f.find(b.text(), b.context());
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf("%-22s %8.1f ms/MB%n", f.getClass().getSimpleName(), ms / mb);
        }
        long t0 = System.nanoTime();
        for (int r = 0; r < reps; r++) for (Source s : sources) extractor.extract(s);
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf("%-22s %8.1f ms/MB (page bytes)%n", "Extractor.extract", ms / (pageBytes * reps / 1e6));
    }

    private static String line(Mention m) {
        return m.type() + " " + m.start() + " " + m.end() + " " + m.text() + " " + m.canonical() + " "
                + new TreeMap<>(m.attributes());
    }

    private static MentionFinder finderField(Recognizers r, int index) throws Exception {
        var field = Recognizers.class.getDeclaredField("finders");
        field.setAccessible(true);
        return ((List<MentionFinder>) field.get(r)).get(index);
    }

    private static List<Source> sources(Path corpus) throws IOException {
        Manifest manifest = Manifest.inDirectory(corpus.toAbsolutePath()).orElseThrow();
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                var e = manifest.entryFor(f.getFileName().toString()).orElseThrow();
                out.add(new SourceReader().read(f, new SourceMetadata(e.paper(), e.date(),
                        SourceMetadata.Basis.MANIFEST, SourceMetadata.Basis.MANIFEST)));
            }
        }
        return out;
    }

    private static List<Body> bodies(List<Source> sources) {
        List<Body> out = new ArrayList<>();
        for (Source s : sources) {
            Page page = new LayoutRepair().repair(s.text());
            for (Article a : new ArticleSplitter().split(page, s.metadata())) {
                TextContext c = new TextContext(s.metadata().paper(), s.metadata().date(), a.date());
                out.add(new Body(page.text().substring(a.start(), a.end()), c));
                for (String line : new String[] {a.kicker(), a.headline()}) {
                    if (line != null && !line.isBlank()) out.add(new Body(line, c));
                }
            }
        }
        return out;
    }

    private static List<Body> stories(Path dir, int n) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<Body> out = new ArrayList<>();
        int step = n > 240 ? 1 : Math.max(1, files.size() / 40);
        for (int i = 0; i < files.size() && out.size() < n; i += step) {
            Path f = files.get(i);
            LocalDate date = LocalDate.parse(f.getFileName().toString().substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
            String[] parts = Files.readString(f).split("\n### ");
            for (int k = 1; k < parts.length && out.size() < n && (n > 240 || k <= 6); k++) {
                TextContext c = (k % 2 == 0) ? new TextContext("人民日报", date, date) : new TextContext(null, date, null);
                out.add(new Body(parts[k], c));
            }
        }
        return out;
    }
}
