package org.newskg.extractor.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.sample.SampleStore;
import org.newskg.extractor.store.QueryOutcome;

/** Evidence read back from the sample store leads to the right text of the right file. */
class EvidenceFinderTest {

    private final EvidenceFinder finder = new EvidenceFinder(SampleStore.get());

    @Test
    void everyMentionsOffsetsCutItsTextOutOfTheSourceFile() throws IOException {
        ResultSet rs = ((QueryOutcome.Select) SampleStore.get().query("""
                SELECT ?file ?start ?end ?text ?sentence WHERE {
                  ?m a nkg:Mention ; nif:beginIndex ?start ; nif:endIndex ?end ; nif:anchorOf ?text ;
                     nif:referenceContext/nkg:fileName ?file ; nif:sentence/nif:anchorOf ?sentence .
                }""")).rows();
        List<String> wrong = new ArrayList<>();
        int n = 0;
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            EvidenceRow e = new EvidenceRow(row.getLiteral("file").getString(), row.getLiteral("start").getInt(),
                    row.getLiteral("end").getInt(), row.getLiteral("text").getString(), row.getLiteral("sentence").getString());
            if (!comparable(cut(e)).equals(comparable(e.text())) || !comparable(e.sentence()).contains(comparable(e.text()))) {
                wrong.add(e + " cuts '" + cut(e) + "'");
            }
            n++;
        }
        assertTrue(n > 300, "only " + n + " mentions");
        assertEquals(List.of(), wrong);
    }

    @Test
    void aPersonsEvidenceListsEveryPageThatNamesHer() throws IOException {
        List<EvidenceRow> rows = finder.find("nkgid:person/王莉霞");
        assertTrue(rows.stream().anyMatch(r -> r.file().equals("000_589c182ea8fb9a5a.txt")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.file().equals("001_e54c1e9959352caf.txt")), rows::toString);
        for (EvidenceRow r : rows) {
            assertEquals("王莉霞", comparable(cut(r)), r::toString);
        }
    }

    @Test
    void aTenureCitesTheTitleAndTheNameInTheirSentence() throws IOException {
        List<EvidenceRow> rows = finder.find("<http://newskg.org/id/tenure/石泰峰/内蒙古自治区党委书记>");
        assertTrue(rows.stream().anyMatch(r -> r.text().equals("自治区党委书记")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.text().equals("石泰峰")
                && r.sentence().contains("自治区党委书记、人大常委会主任石泰峰")), rows::toString);
    }

    @Test
    void anEventCitesItsTriggerAndItsParticipants() throws IOException {
        String event = "nkgid:event/000_589c182ea8fb9a5a.txt/3/0";
        List<EvidenceRow> rows = finder.find(event);
        // 王莉霞's inspection: the trigger, its date and place, and its leader.
        assertEquals(List.of("2月19日", "王莉霞", "呼和浩特", "暗访"), rows.stream().map(EvidenceRow::text).toList(), rows::toString);
    }

    @Test
    void anUnknownNodeOrNameIsAUserError() {
        assertThrows(UserInputException.class, () -> finder.find("nkgid:person/无此人"));
        assertThrows(UserInputException.class, () -> finder.find("无此人名"));
    }

    @Test
    void aNameMeansTheSameEntityAsItsIri() throws IOException {
        assertEquals(finder.find("nkgid:person/石泰峰"), finder.find("石泰峰"));
    }

    private static final Map<String, String> TEXTS = new HashMap<>();

    /** The code points [start, end) of the file as decoded independently of the extractor. */
    private static String cut(EvidenceRow e) throws IOException {
        String text = TEXTS.computeIfAbsent(e.file(), f -> {
            try {
                return Files.readString(SampleStore.CORPUS.resolve(f), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        int from = text.offsetByCodePoints(0, e.start());
        int to = text.offsetByCodePoints(from, e.end() - e.start());
        return text.substring(from, to);
    }

    /** Layout repair removes whitespace and narrows full-width digits; compare without either. */
    private static String comparable(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
