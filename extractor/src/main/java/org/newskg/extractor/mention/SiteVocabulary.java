package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.lexicon.Lexicons;

/**
 * The words the site grammar is made of: the suffixes that end a site's name, the words that
 * end the text before a name (在, 来到, 推进), and the bodies that make a suffix generic (隔离酒店,
 * 老旧小区, 公路). The word lists are data ({@code site-*.txt}); the function characters of the
 * grammar are here.
 */
final class SiteVocabulary {

    /** Characters that never stand inside a site name and so end the text before it. */
    static final String BOUNDARY_CHARS = "在到于的与及对从赴是为了将把被由至往让使该这那每并而也还就又再已曾要应需着过得等个进住去";

    /** Counted references (十大博物馆, 三座体育馆) describe kinds of places, not one named place. */
    static final String NUMERALS = "一二三四五六七八九十百千两几数";
    static final String COUNTERS = "大个家座所条处批类";

    /** Determiners that show the name is a reference, not a name: 该小区, 本酒店, 各景区. */
    static final String DETERMINERS = "该本此这那各全每某其一两几个诸";

    /** The longest a name's body is allowed to be; beyond it, the start of the name is a guess. */
    static final int MAX_BODY = 12;

    /** Suffixes by their last character, longest first, for scanning. */
    final Map<Character, List<String>> suffixesByLastChar;
    /** Verbs that stand right before a site's name: 依托甘其毛都口岸, 加快实施城南万达广场. */
    final Set<String> boundaryVerbs;
    /** Bodies that make the suffix a generic word: 隔离酒店, 老旧小区, 城市公园. */
    final Set<String> genericBodies;
    /** Words a suffix starts with the text after it: 交通路网, 工作路径 are no roads. */
    final Set<String> suffixContinuations;
    /** Body-final characters that make a generic word with the suffix's first character: 公路, 马路, 逛街. */
    final Set<String> genericCompounds;

    SiteVocabulary(Lexicons lexicons) {
        this.suffixesByLastChar = byLastChar(lexicons.lines("site-suffixes.txt"));
        this.boundaryVerbs = lexicons.words("site-boundary-verbs.txt");
        this.genericBodies = lexicons.words("site-generic-bodies.txt");
        this.suffixContinuations = lexicons.words("site-suffix-continuations.txt");
        this.genericCompounds = lexicons.words("site-generic-compounds.txt");
    }

    private static Map<Character, List<String>> byLastChar(List<String> suffixes) {
        Map<Character, List<String>> map = new HashMap<>();
        for (String suffix : suffixes) {
            map.computeIfAbsent(suffix.charAt(suffix.length() - 1), k -> new ArrayList<>()).add(suffix);
        }
        map.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        return Map.copyOf(map);
    }
}
