package org.newskg.extractor.mention;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extractor.lexicon.Lexicons;

/**
 * What a paper means by its own words for regions, for every paper of {@code paper-home-regions.tsv}
 * by the rules of {@code paper-region-words.tsv}: in 内蒙古日报 自治区, 我区, 全区 and 区内 are
 * 内蒙古自治区; in 呼和浩特日报 我市 and 全市 are 呼和浩特市, in 包头日报 包头市; 首府 and 青城 are
 * 呼和浩特市 in every paper of the autonomous region.
 */
final class RegionPaperConventions {

    /** paper → written form → full name. */
    private final Map<String, Map<String, String>> byPaper;
    /** paper → the regions it writes from, province first. */
    private final Map<String, List<String>> home;

    RegionPaperConventions(Lexicons lexicons) {
        List<String[]> words = lexicons.rows("paper-region-words.tsv", 3);
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        Map<String, List<String>> homes = new LinkedHashMap<>();
        for (String[] paper : lexicons.rows("paper-home-regions.tsv", 3)) {
            String homeRegion = paper[1];
            String province = paper[2];
            Map<String, String> conventions = new LinkedHashMap<>();
            for (String[] word : words) {
                if (usedBy(word[2], homeRegion, province)) {
                    conventions.put(word[0], switch (word[1]) {
                        case "home" -> homeRegion;
                        case "province" -> province;
                        default -> word[1];
                    });
                }
            }
            forms.put(paper[0], Collections.unmodifiableMap(conventions));
            homes.put(paper[0], homeRegion.equals(province) ? List.of(province) : List.of(province, homeRegion));
        }
        this.byPaper = Collections.unmodifiableMap(forms);
        this.home = Collections.unmodifiableMap(homes);
    }

    private static boolean usedBy(String papers, String homeRegion, String province) {
        return switch (papers) {
            case "any" -> true;
            case "provincial" -> homeRegion.equals(province);
            case "city" -> !homeRegion.equals(province) && homeRegion.endsWith("市");
            default -> papers.startsWith("in:") && province.equals(papers.substring(3));
        };
    }

    /** paper → written form → full name. */
    Map<String, Map<String, String>> byPaper() {
        return byPaper;
    }

    /** The full names of the regions {@code paper} writes from; none when the paper is unknown. */
    List<String> homeOf(String paper) {
        return paper == null ? List.of() : home.getOrDefault(paper, List.of());
    }
}
