package org.newskg.extractor.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaveOnePageOutTest {

    @Test
    void entriesFoundOnOnePageOnlyAreListedUnderThatPage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("words.txt"), "# comment\n湖泊\n山峦\n\n云海\n");
        Files.writeString(dir.resolve("orgs.tsv"), "{R}林业局\tx\n草原站\ty\n");
        Files.writeString(dir.resolve("ignored.json"), "湖泊");
        List<LeaveOnePageOut.Entry> entries = LeaveOnePageOut.entries(dir);
        assertEquals(5, entries.size());

        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("a.txt", "湖泊与山峦，某县林业局。");
        texts.put("b.txt", "山峦之间的草原站。");
        EvaluationReport report = new EvaluationReport(List.of(
                new EvaluationReport.PageScores("a.txt", Map.of(), Map.of()),
                new EvaluationReport.PageScores("b.txt", Map.of(), Map.of())));
        LeaveOnePageOut.Result result = LeaveOnePageOut.analyse(report, texts, entries);

        assertEquals(1, result.entriesOnNoPage());       // 云海
        assertEquals(1, result.entriesOnSeveralPages()); // 山峦
        assertEquals(List.of(new LeaveOnePageOut.Entry("orgs.tsv", "{R}林业局"), new LeaveOnePageOut.Entry("words.txt", "湖泊")),
                result.pages().get(0).pageSpecific());
        assertEquals(List.of(new LeaveOnePageOut.Entry("orgs.tsv", "草原站")), result.pages().get(1).pageSpecific());
    }

    @Test
    void placeholdersAreDroppedFromTheSearchedKey() {
        assertEquals("林业局", LeaveOnePageOut.literal("{R}林业局"));
        assertEquals("党委", LeaveOnePageOut.literal("党委"));
    }
}
