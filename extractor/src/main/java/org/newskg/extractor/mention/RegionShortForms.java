package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.lexicon.Lexicons;

/**
 * The short forms people write for provinces and prefectures: the name without its administrative
 * suffix (呼和浩特市→呼和浩特, 广西壮族自治区→广西), plus a few conventional abbreviations (呼市, 锡盟).
 * Counties and below get none: their bare names (新城, 和平, 长安) are too often ordinary words.
 * The word lists are data ({@code region-*.txt}, {@code region-abbreviations.tsv}); the grammar of
 * suffixes is here.
 */
final class RegionShortForms {

    private static final String INNER_MONGOLIA = "内蒙古";

    private static final List<String> SUFFIXES = List.of(
            "特别行政区", "自治区", "自治州", "地区", "省", "市", "盟", "县");

    /** Ethnic names that stand between a place name and 自治区/自治州 (with or without 族), in stripping order. */
    private final List<String> ethnicNames;
    /** Stripped names that are ordinary words or belong to something bigger (安康, 兴安, 阿里, 来宾). */
    private final Set<String> unsafeShortForms;
    /**
     * Conventional abbreviations, each standing for one or more full names (呼市, 锡盟, 土左旗; 呼包鄂乌
     * is four cities).
     */
    private final Map<String, List<String>> abbreviations;

    RegionShortForms(Lexicons lexicons) {
        this.ethnicNames = lexicons.lines("region-ethnic-names.txt");
        this.unsafeShortForms = lexicons.words("region-unsafe-short-forms.txt");
        this.abbreviations = lexicons.multiMap("region-abbreviations.tsv");
    }

    /** Abbreviation → the full names it stands for. */
    Map<String, List<String>> abbreviations() {
        return abbreviations;
    }

    /**
     * The suffix-stripped forms of a province's or prefecture's name, and for the development zones
     * NBS lists at township level under the province's name (内蒙古和林格尔新区) the name the papers
     * write (和林格尔新区); empty for other regions.
     */
    List<String> of(Region region) {
        if (region.level() == RegionLevel.TOWNSHIP && region.name().startsWith(INNER_MONGOLIA)
                && region.name().length() - INNER_MONGOLIA.length() >= 4) {
            return List.of(region.name().substring(INNER_MONGOLIA.length()));
        }
        if (region.level() != RegionLevel.PROVINCE && region.level() != RegionLevel.PREFECTURE) {
            return List.of();
        }
        if (region.name().equals("兴安盟")) {
            return List.of(); // 兴安 is also 大兴安岭 and a county in Guangxi; people write 兴安盟
        }
        List<String> forms = new ArrayList<>();
        String base = stripSuffix(region.name());
        if (base != null && base.length() >= 2 && !unsafeShortForms.contains(base)) {
            forms.add(base);
        }
        return forms;
    }

    /** The name without suffix and ethnic qualifier, or null when nothing would be left. */
    String stripSuffix(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                String base = name.substring(0, name.length() - suffix.length());
                if (suffix.startsWith("自治")) {
                    base = stripEthnicNames(base);
                }
                return base;
            }
        }
        return null;
    }

    private String stripEthnicNames(String base) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String withoutZu = base.endsWith("族") ? base.substring(0, base.length() - 1) : base;
            for (String ethnic : ethnicNames) {
                // Keep two characters at least: 内蒙古 ends in 蒙古, 西藏 in 藏.
                if (withoutZu.endsWith(ethnic) && withoutZu.length() - ethnic.length() >= 2) {
                    base = withoutZu.substring(0, withoutZu.length() - ethnic.length());
                    stripped = true;
                    break;
                }
            }
        }
        return base;
    }
}
