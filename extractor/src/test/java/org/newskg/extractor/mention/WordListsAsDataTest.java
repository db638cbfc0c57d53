package org.newskg.extractor.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.lexicon.Lexicons;

/** The finders read their word lists from the lexicons they are given, not from their code. */
class WordListsAsDataTest {

    private static final String SENTENCE = "考察组来到青山驿站参观。";

    private static List<String> sites(SiteFinder finder) {
        return finder.find(SENTENCE, TextContext.none()).stream().map(Mention::canonical).toList();
    }

    @Test
    void aSiteSuffixListedInTheGivenLexiconsMakesASite() {
        Lexicons more = Lexicons.overriding(Map.of("site-suffixes.txt", List.of("驿站", "广场")));
        RegionGazetteer gazetteer = RegionGazetteer.bundled();
        assertEquals(List.of(), sites(new SiteFinder(gazetteer, HanlpRecognizer.instance(), Lexicons.bundled())));
        assertEquals(List.of("青山驿站"), sites(new SiteFinder(gazetteer, HanlpRecognizer.instance(), more)));
    }

    @Test
    void aRegionAbbreviationListedInTheGivenLexiconsIsRead() {
        Lexicons more = Lexicons.overriding(Map.of("region-abbreviations.tsv", List.of("包市\t包头市")));
        RegionFinder finder = new RegionFinder(RegionGazetteer.with(more), HanlpRecognizer.instance());
        List<String> found = finder.find("他在包市工作。", TextContext.none()).stream().map(Mention::canonical).toList();
        assertEquals(List.of("包头市"), found);
    }

    @Test
    void everyPaperOfTheHomeRegionTableReadsItsOwnWords() {
        RegionFinder finder = new RegionFinder();
        TextContext baotouDaily = new TextContext("包头日报", null, null);
        List<String> found = finder.find("我市多措并举，全市企业复工。", baotouDaily).stream().map(Mention::canonical).toList();
        assertEquals(List.of("包头市", "包头市"), found);
    }
}
