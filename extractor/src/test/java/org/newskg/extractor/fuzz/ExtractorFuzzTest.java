package org.newskg.extractor.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.rdf.DocumentGraphBuilder;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.validation.ShapeValidator;
import org.newskg.extractor.validation.ValidationReport;

/**
 * Feeds random and mutated pages through the whole extractor: no exception may escape, and every
 * graph must survive a strict N-Triples round trip and conform to the contract's shapes. The seed
 * is fixed, so a failure reproduces; the run stops early when its time budget is spent, so CI stays
 * fast on a busy machine.
 */
class ExtractorFuzzTest {

    private static final long SEED = 20260207L;
    private static final int CASES = Integer.getInteger("newskg.fuzz.cases", 3000);
    private static final long BUDGET_NANOS = Long.getLong("newskg.fuzz.seconds", 30) * 1_000_000_000L;

    private static final String[] SNIPPETS = {
        "本报2月7日讯（记者 章奎）", "新华社北京2月7日电", "本报讯(记者 阿柔娜)", "□本报记者 刘宏章", "■下转第2版",
        "（上接第1版）", "自治区党委书记石泰峰", "呼和浩特市赛罕区", "国家体育场", "2024年2月7日 星期三", "摄",
        "正月初八", "２０２４年", "（", "）", "【", "】", "《", "》", "“", "”", "、", "。", "\n", "\r\n", "\u3000", " ",
        "Ελληνικά", "Русский", "العربية", "한국어", "日本語のテキスト", "ᠮᠣᠩᠭᠣᠯ", "😀", "𠀀𪚥",
    };

    private static List<String> pages;
    private static Extractor extractor;
    private static final DocumentGraphBuilder GRAPHS = new DocumentGraphBuilder();
    private static ShapeValidator shapes;

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../data/corpus"))) {
            pages = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                pages.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        extractor = Extractor.standard();
        shapes = new ShapeValidator();
    }

    @Test
    void randomAndMutatedPagesNeverCrashAndAlwaysGiveValidConformingRdf() {
        Random random = new Random(SEED);
        long deadline = System.nanoTime() + BUDGET_NANOS;
        int done = 0;
        for (int i = 0; i < CASES && System.nanoTime() < deadline; i++) {
            String text = mutant(random);
            SourceMetadata metadata = random.nextBoolean() ? SourceMetadata.unknown()
                    : new SourceMetadata(random.nextBoolean() ? "内蒙古日报" : "呼和浩特日报",
                            java.time.LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            SourceMetadata.Basis.OPTION, SourceMetadata.Basis.OPTION);
            Source source = new Source("fuzz-" + i + ".txt", text, StandardCharsets.UTF_8, "0".repeat(64), metadata);
            Graph graph;
            try {
                graph = GRAPHS.build(extractor.extract(source));
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("case " + i + " (seed " + SEED + ") crashed the extractor on "
                        + preview(text), e);
            }
            roundTrip(i, text, graph);
            if (i % 5 == 0) {
                // Shape validation costs more than extraction of a small page; a sample of the cases is enough.
                ValidationReport report = shapes.validate(graph);
                int n = i;
                assertTrue(report.conforms(), () -> "case " + n + " breaks the shapes: " + report.violations()
                        + " on " + preview(text));
            }
            done++;
        }
        // A floor, not a speed: on a loaded machine the budget buys fewer cases (speed is measured by bench).
        assertTrue(done >= 25, "only " + done + " cases in the time budget");
        System.out.println("fuzz: " + done + " cases");
    }

    private static void roundTrip(int i, String text, Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        String nt = out.toString(StandardCharsets.UTF_8);
        Graph back = GraphFactory.createDefaultGraph();
        try {
            RDFParser.create().source(new StringReader(nt)).lang(Lang.NTRIPLES).strict(true).checking(true)
                    .parse(back);
        } catch (RuntimeException e) {
            fail("case " + i + " wrote N-Triples that do not parse back: " + e.getMessage() + " on " + preview(text), e);
        }
        if (!back.isIsomorphicWith(graph)) {
            fail("case " + i + ": the graph read back differs from the graph written, on " + preview(text));
        }
    }

    /** One test page: a real page cut, spliced, sprinkled with trouble, or pure noise. */
    static String mutant(Random random) {
        String page = pages.get(random.nextInt(pages.size()));
        StringBuilder sb = new StringBuilder(cut(page, random, 20 + random.nextInt(1500)));
        int mutations = random.nextInt(6);
        for (int m = 0; m < mutations; m++) {
            int at = random.nextInt(sb.length() + 1);
            switch (random.nextInt(11)) {
                case 0 -> sb.insert(at, cut(pages.get(random.nextInt(pages.size())), random, 1 + random.nextInt(300)));
                case 1 -> sb.insert(at, (char) random.nextInt(0x20));
                case 2 -> sb.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                case 3 -> sb.insert(at, digits(random, 1 + random.nextInt(random.nextBoolean() ? 30 : 3000)));
                case 4 -> sb.insert(at, random.nextBoolean() ? "（（（（（（" : "）】》”」』");
                case 5 -> sb.insert(at, random.nextBoolean() ? '\uD800' : '\uDC00');
                case 6 -> sb.insert(at, randomCodePoints(random, 1 + random.nextInt(40)));
                case 7 -> {
                    int end = Math.min(sb.length(), at + random.nextInt(200));
                    sb.delete(at, end);
                }
                case 8 -> sb.insert(at, "\u200B\u200D\uFEFF\u202E\u0301\uFFFD\uFFFF");
                case 9 -> sb.insert(at, String.valueOf(sb.length() > 0 ? sb.charAt(random.nextInt(sb.length())) : '本')
                        .repeat(1 + random.nextInt(200)));
                default -> sb.insert(at, "\n".repeat(1 + random.nextInt(5)));
            }
        }
        if (random.nextInt(20) == 0) {
            return randomCodePoints(random, 1 + random.nextInt(800));
        }
        return sb.length() == 0 ? "本" : sb.toString();
    }

    private static String cut(String page, Random random, int length) {
        int start = random.nextInt(page.length());
        return page.substring(start, Math.min(page.length(), start + length));
    }

    private static String digits(Random random, int n) {
        StringBuilder sb = new StringBuilder(n);
        boolean fullWidth = random.nextBoolean();
        for (int i = 0; i < n; i++) {
            sb.append((char) ((fullWidth ? '０' : '0') + random.nextInt(10)));
        }
        return sb.append(random.nextBoolean() ? "年" : "月").toString();
    }

    private static String randomCodePoints(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (random.nextInt(5)) {
                case 0 -> 0x4E00 + random.nextInt(0x5000);
                case 1 -> random.nextInt(0x80);
                case 2 -> 0x3000 + random.nextInt(0x100);
                case 3 -> 0xFF00 + random.nextInt(0xF0);
                default -> random.nextInt(0x30000);
            };
            if (Character.isValidCodePoint(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String preview(String text) {
        String escaped = text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
        return "\"" + escaped.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
