package org.newskg.extractor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.source.SourceMetadata.Basis;

class MetadataResolverTest {

    private static final String REGIONAL_PAGE = """
            本报 2 月 19 日 讯 （记 者 刘 晓
            冬）2 月 19 日，自治区党委书记在呼和浩特检查疫情防控工作。
            本报呼和浩特2月18日讯 北京 2022 年冬奥会花样滑冰比赛举行，全区群众收看。2021 年我区经济增长。
            """;
    private static final String CITY_PAGE = """
            本报讯(记者 阿柔娜)近日，我市举办专题培训班，首府各区参加。自治区有关部门到会。
            """;

    @Test
    void optionsWinOverManifestAndText(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("manifest.csv"), "file,paper,date\np.txt,呼和浩特日报,2023-02-09\n");
        MetadataResolver resolver = new MetadataResolver("内蒙古日报", LocalDate.of(2022, 2, 20));
        SourceMetadata m = resolver.resolve(dir.resolve("p.txt"), CITY_PAGE);
        assertEquals(new SourceMetadata("内蒙古日报", LocalDate.of(2022, 2, 20), Basis.OPTION, Basis.OPTION), m);
    }

    @Test
    void manifestWinsOverText(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("manifest.csv"), "file,paper,date\np.txt,呼和浩特日报,2023-02-09\nq.txt,,\n");
        MetadataResolver resolver = new MetadataResolver(null, null);
        assertEquals(new SourceMetadata("呼和浩特日报", LocalDate.of(2023, 2, 9), Basis.MANIFEST, Basis.MANIFEST),
                resolver.resolve(dir.resolve("p.txt"), REGIONAL_PAGE));
        // empty cells fall through to the text
        SourceMetadata q = resolver.resolve(dir.resolve("q.txt"), REGIONAL_PAGE);
        assertEquals(Basis.TEXT, q.paperBasis());
        assertEquals("内蒙古日报", q.paper());
    }

    @Test
    void infersRegionalPaperAndNextDayFromLatestDateline(@TempDir Path dir) {
        SourceMetadata m = new MetadataResolver(null, null).resolve(dir.resolve("p.txt"), REGIONAL_PAGE);
        assertEquals("内蒙古日报", m.paper());
        assertEquals(LocalDate.of(2022, 2, 20), m.date());
        assertEquals(Basis.TEXT, m.dateBasis());
    }

    @Test
    void infersCityPaperButNoDateWithoutDatedDateline(@TempDir Path dir) {
        SourceMetadata m = new MetadataResolver(null, null).resolve(dir.resolve("p.txt"), CITY_PAGE);
        assertEquals("呼和浩特日报", m.paper());
        assertNull(m.date());
        assertEquals(Basis.UNKNOWN, m.dateBasis());
    }

    @Test
    void explicitIssueDateLineWins() {
        String text = "2023年1月9日 星期一\n本报讯（记者 苗青）2023年国家公务员考试笔试于1月7日至8日进行。\n";
        assertEquals(LocalDate.of(2023, 1, 9), new MetadataInference().date(text).orElseThrow());
    }

    @Test
    void nothingKnownIsUnknown(@TempDir Path dir) {
        SourceMetadata m = new MetadataResolver(null, null).resolve(dir.resolve("p.txt"), "春节假期，游客很多。");
        assertEquals(SourceMetadata.unknown(), m);
    }

    @Test
    void malformedManifestLineIsNamed(@TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "file,paper,date\na.txt,内蒙古日报,2022-02-20\nb.txt,内蒙古日报\n");
        Manifest read = Manifest.read(manifest);
        UserInputException e = assertThrows(UserInputException.class, () -> read.entryFor("b.txt"));
        assertTrue(e.getMessage().contains("manifest.csv line 3"), e.getMessage());
        assertEquals("内蒙古日报", read.entryFor("a.txt").orElseThrow().paper(), "a bad line spoils only its own file");
        Files.writeString(manifest, "file,paper,date\na.txt,内蒙古日报,2022年2月20日\n");
        e = assertThrows(UserInputException.class, () -> Manifest.read(manifest).entryFor("a.txt"));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("YYYY-MM-DD"), e.getMessage());
        Files.writeString(manifest, "file,paper,date\na.txt,内蒙古日报,2022-02-20\n,内蒙古日报,2022-02-21\n");
        assertTrue(Manifest.read(manifest).entryFor("a.txt").isPresent());
        e = assertThrows(UserInputException.class, () -> Manifest.read(manifest).entryFor("c.txt"));
        assertTrue(e.getMessage().contains("line 3"), "a line naming no file may have meant any unlisted file");
        Files.write(manifest, new byte[] {'f', ',', (byte) 0xFF, '\n'});
        e = assertThrows(UserInputException.class, () -> Manifest.read(manifest));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void infersWhatTheManifestSaysFromTheSamplePagesThemselves() throws Exception {
        MetadataInference inference = new MetadataInference();
        Manifest manifest = Manifest.inDirectory(Path.of("../data/corpus")).orElseThrow();
        for (String doc : List.of("000_589c182ea8fb9a5a.txt", "001_e54c1e9959352caf.txt",
                "002_5feafe9726aded4a.txt", "003_a631caac76fea853.txt")) {
            String text = Files.readString(Path.of("../data/corpus", doc));
            Manifest.Entry entry = manifest.entryFor(doc).orElseThrow();
            assertEquals(entry.paper(), inference.paper(text).orElse(null), doc);
            // pages with dated datelines give the issue date; 本报讯 pages give none rather than a guess
            inference.date(text).ifPresent(date -> assertEquals(entry.date(), date, doc));
        }
        assertEquals(LocalDate.of(2022, 2, 8),
                inference.date(Files.readString(Path.of("../data/corpus/001_e54c1e9959352caf.txt"))).orElseThrow());
    }

    @Test
    void readsTheSampleManifest() {
        Manifest manifest = Manifest.inDirectory(Path.of("../data/corpus")).orElseThrow();
        assertEquals(4, manifest.size());
        assertEquals(new Manifest.Entry("002_5feafe9726aded4a.txt", "呼和浩特日报", LocalDate.of(2023, 2, 9)),
                manifest.entryFor("002_5feafe9726aded4a.txt").orElseThrow());
    }
}
