package org.newskg.extractor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.UserInputException;

/** Reading corpora of one story per record: JSON Lines, CSV, TSV, THUCNews rows, and .gz of each. */
class SourceRecordsTest {

    private static final String STORY_A = "本报3月5日讯（记者 田野青）市文化馆举办春季书画展，吸引市民观展。";
    private static final String STORY_B = "青山县新建的图书室正式开放，村民可以免费借阅农技书籍。";

    @TempDir
    Path dir;

    private final SourceRecords records = new SourceRecords();

    private List<SourceRecord> read(Path file) {
        try (Stream<SourceRecord> all = records.read(file)) {
            return all.toList();
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesGiveOneSourceARecordNamedByIdElseUrlElseFileAndLine() throws IOException {
        Path file = write("news.jsonl", String.join("\n",
                "{\"id\": \"s-1\", \"text\": \"" + STORY_A + "\", \"title\": \"书画展开幕\", \"date\": \"2023-03-06\", \"paper\": \"青山日报\"}",
                "",
                "{\"url\": \"https://example.org/n/2\", \"text\": \"" + STORY_B + "\"}",
                "{\"text\": \"" + STORY_B + "\", \"date\": \"2023年3月7日 08:00\"}") + "\n");
        List<SourceRecord> all = read(file);
        assertEquals(3, all.size());
        assertEquals(3, records.count(file));
        SourceRecord first = all.get(0);
        assertFalse(first.failed(), first::problem);
        assertEquals("s-1", first.name());
        assertEquals(new SourceOrigin("news.jsonl", 1, "s-1", null), first.source().origin());
        assertEquals("书画展开幕\n\n" + STORY_A, first.source().text(), "the title opens the page");
        assertEquals(new SourceMetadata("青山日报", LocalDate.of(2023, 3, 6), SourceMetadata.Basis.MANIFEST,
                SourceMetadata.Basis.MANIFEST), first.source().metadata());
        assertEquals("https://example.org/n/2", all.get(1).name());
        assertEquals(3, all.get(1).origin().line(), "line numbers count the blank line");
        assertEquals("news.jsonl:4", all.get(2).name());
        assertEquals(LocalDate.of(2023, 3, 7), all.get(2).source().metadata().date());
    }

    @Test
    void aBadRecordFailsAloneInOneLineNamingFileAndLine() throws IOException {
        Path file = write("mixed.jsonl", String.join("\n",
                "{\"text\": \"" + STORY_A + "\"}",
                "{\"text\": \"" + STORY_B,
                "[1, 2]",
                "{\"title\": \"只有标题\"}",
                "{\"text\": \"" + STORY_B + "\", \"date\": \"上周三\"}",
                "{\"text\": \"" + STORY_B + "\"}"));
        List<SourceRecord> all = read(file);
        assertEquals(6, all.size());
        assertFalse(all.get(0).failed());
        assertFalse(all.get(5).failed());
        for (SourceRecord bad : all.subList(1, 5)) {
            assertTrue(bad.failed(), bad::toString);
            assertTrue(bad.problem().startsWith("mixed.jsonl line " + bad.origin().line() + ": "), bad.problem());
            assertFalse(bad.problem().contains("\n"), bad.problem());
        }
        assertTrue(all.get(3).problem().contains("no text"), all.get(3).problem());
        assertTrue(all.get(4).problem().contains("not a date"), all.get(4).problem());
    }

    @Test
    void theSizeLimitAppliesToEachRecordNotToTheFile() throws IOException {
        SourceRecords small = new SourceRecords(null, 200);
        String longStory = STORY_B.repeat(10); // about 800 bytes
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            many.append("{\"text\": \"").append(STORY_A).append("\"}\n"); // the file is far above 200 bytes
        }
        many.append("{\"text\": \"").append(longStory).append("\"}\n");
        Path file = write("big.jsonl", many.toString());
        List<SourceRecord> all;
        try (Stream<SourceRecord> s = small.read(file)) {
            all = s.toList();
        }
        assertEquals(51, all.size());
        assertEquals(50, all.stream().filter(r -> !r.failed()).count());
        assertTrue(all.get(50).problem().startsWith("big.jsonl line 51: the record is"), all.get(50).problem());
    }

    @Test
    void aRunawayLineIsSkippedWithoutHoldingIt() {
        SourceRecords tiny = new SourceRecords(null, 10);
        String json = "{\"text\": \"" + STORY_A.repeat(20) + "\"}";
        SourceRecord r = tiny.jsonLine("x.jsonl", 1, json);
        assertTrue(r.failed());
        assertTrue(r.problem().startsWith("x.jsonl line 1: the record is"), r.problem());
    }

    @Test
    void eachRecordHasItsOwnDigestOfItsFields() throws IOException {
        Path one = write("one.jsonl", "{\"id\": \"k\", \"text\": \"" + STORY_A + "\"}\n{\"id\": \"m\", \"text\": \"" + STORY_B + "\"}\n");
        Path two = write("two.jsonl", "{\"id\": \"k\", \"text\": \"" + STORY_A + "\", \"title\": \"新标题\"}\n{\"id\": \"m\", \"text\": \"" + STORY_B + "\"}\n");
        List<SourceRecord> a = read(one);
        List<SourceRecord> b = read(two);
        assertEquals(a.get(0).source().sha256(), read(one).get(0).source().sha256(), "the same record, the same digest");
        assertNotEquals(a.get(0).source().sha256(), b.get(0).source().sha256(), "a changed title is a changed source");
        assertEquals(a.get(1).source().sha256(), b.get(1).source().sha256(), "the unchanged record keeps its digest");
        assertNotEquals(a.get(0).source().sha256(), a.get(1).source().sha256());
    }

    @Test
    void csvWithAHeaderAndQuotedCellsOverSeveralLines() throws IOException {
        Path file = write("stories.csv", "\uFEFFid,标题,content,date\n"
                + "c1,春季书画展,\"" + STORY_A + "\n\n第二段，\"\"画家\"\"现场挥毫。\",2023-03-06\n"
                + "c2,,\"" + STORY_B + "\",\n");
        List<SourceRecord> all = read(file);
        assertEquals(2, all.size(), all::toString);
        assertEquals(2, records.count(file));
        assertEquals("c1", all.get(0).name());
        assertEquals("春季书画展\n\n" + STORY_A + "\n\n第二段，\"画家\"现场挥毫。", all.get(0).source().text());
        assertEquals(2, all.get(0).origin().line());
        assertEquals(5, all.get(1).origin().line(), "the quoted line breaks count");
        assertEquals(STORY_B, all.get(1).source().text());
        assertNull(all.get(1).source().metadata().date());
    }

    @Test
    void aHeaderWithoutATextColumnFailsTheFileInOneLine() throws IOException {
        Path file = write("table.csv", "name,count\n青山县,3\n");
        List<SourceRecord> all = read(file);
        assertEquals(1, all.size());
        assertTrue(all.get(0).problem().contains("names no text column"), all.get(0).problem());
    }

    @Test
    void thucNewsRowsWithColumnsSaidByTheUser() throws IOException {
        Path file = write("cnews.val.txt", "体育\t" + STORY_A + "\n文化\t" + STORY_B + "\n");
        SourceRecords thuc = new SourceRecords(RecordColumns.parse("label,text"), SourceReader.DEFAULT_MAX_BYTES);
        assertTrue(thuc.holdsRecords(file));
        assertFalse(records.holdsRecords(file), "without --columns a .txt file is a page");
        List<SourceRecord> all;
        try (Stream<SourceRecord> s = thuc.read(file)) {
            all = s.toList();
        }
        assertEquals(List.of("cnews.val.txt:1", "cnews.val.txt:2"), all.stream().map(SourceRecord::name).toList());
        assertEquals(STORY_B, all.get(1).source().text());
        assertThrows(UserInputException.class, () -> RecordColumns.parse("label,body2"));
    }

    @Test
    void tsvWithAHeader() throws IOException {
        Path file = write("s.tsv", "title\ttext\turl\n书画展\t" + STORY_A + "\thttps://example.org/a\n");
        SourceRecord r = read(file).get(0);
        assertEquals("https://example.org/a", r.name());
        assertEquals("书画展\n\n" + STORY_A, r.source().text());
    }

    @Test
    void gzipOfEachReadsAsThePlainFile() throws IOException {
        Path plain = write("news.jsonl", "{\"text\": \"" + STORY_A + "\"}\n{\"text\": \"" + STORY_B + "\"}\n");
        Path gz = gzip(plain, "news.jsonl.gz");
        List<SourceRecord> a = read(plain);
        List<SourceRecord> b = read(gz);
        assertEquals(a.stream().map(r -> r.source().text()).toList(), b.stream().map(r -> r.source().text()).toList());
        assertEquals(a.get(0).source().sha256(), b.get(0).source().sha256());
        assertEquals("news.jsonl.gz:1", b.get(0).name());

        Path page = write("page.txt", STORY_A + "\n");
        SourceRecord fromGz = read(gzip(page, "page.txt.gz")).get(0);
        assertEquals(read(page).get(0).source().sha256(), fromGz.source().sha256(), "a page's digest is of its bytes, as ever");
        assertNull(fromGz.origin(), "a page is a file of its own");
    }

    @Test
    void aPageIsOneSourceAsBefore() throws IOException {
        Path page = write("p.txt", STORY_A + "\n");
        SourceRecord r = read(page).get(0);
        Source direct = new SourceReader().read(page, SourceMetadata.unknown());
        assertEquals(direct, r.source());
        assertEquals("p.txt", r.name());
        SourceRecord missing = read(dir.resolve("gone.txt")).get(0);
        assertTrue(missing.failed());
    }

    @Test
    void aLineGivenByACallerReadsAsTheSameLineInAFile() throws IOException {
        String line = "{\"id\": \"s-9\", \"text\": \"" + STORY_A + "\", \"paper\": \"青山日报\"}";
        Path file = write("one.jsonl", line + "\n");
        assertEquals(read(file).get(0).source(), records.jsonLine("one.jsonl", 1, line).source());
        SourceRecord cells = records.cells("one.tsv", 1, List.of("x", STORY_B), RecordColumns.parse("label,text"));
        assertEquals(STORY_B, cells.source().text());
    }

    private Path gzip(Path plain, String name) throws IOException {
        Path gz = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(plain));
        }
        return gz;
    }
}
