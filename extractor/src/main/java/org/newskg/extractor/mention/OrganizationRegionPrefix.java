package org.newskg.extractor.mention;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the region that opens an organization name: a full name the gazetteer knows (呼和浩特,
 * 包头市), one whose ending makes it a region by grammar (阿拉善高新区, 和林县), or the paper's own
 * shorthand (自治区 in 内蒙古日报, 市 and 我市 in 呼和浩特日报).
 */
final class OrganizationRegionPrefix {

    /** Where the region starts in the text and the region's canonical name. */
    record Region(int start, String canonical) {
    }

    /**
     * Endings that make a region by grammar alone, with the most characters a name has before them.
     * Kept short: a longer run before 市 is more often a clause (充分发挥市…) than a city, and the
     * gazetteer knows the long names. 区 alone is left out: 市区, 景区 and 园区 are words.
     */
    private static final String[][] GRAMMAR_REGIONS = {{"自治州", "6"}, {"自治县", "6"}, {"自治旗", "6"},
        {"高新区", "4"}, {"新区", "4"}, {"开发区", "4"}, {"省", "3"}, {"市", "4"}, {"盟", "4"}, {"县", "3"}, {"旗", "4"}};

    /** The five autonomous regions, whose names no grammar rule can tell from a clause ending in 自治区. */
    private static final String[] AUTONOMOUS_REGIONS = {"内蒙古自治区", "广西壮族自治区", "西藏自治区",
        "宁夏回族自治区", "新疆维吾尔自治区"};

    private static final int MAX_REGION = 10;
    private static final Pattern LEVEL_ENDING = Pattern.compile("(自治区|市|盟|省)$");

    private final Function<String, Optional<String>> gazetteer;

    OrganizationRegionPrefix(Function<String, Optional<String>> gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The region whose name ends exactly at {@code end}, preferring the longest reading. */
    Optional<Region> endingAt(String text, int end, OrganizationLexicon.HomeRegions home) {
        for (String region : AUTONOMOUS_REGIONS) {
            if (text.startsWith(region, end - region.length())) {
                return Optional.of(new Region(end - region.length(), region));
            }
        }
        Optional<Region> paperRegion = namedHomeRegion(text, end, home);
        if (paperRegion.isPresent()) {
            return paperRegion;
        }
        for (int length = Math.min(MAX_REGION, end); length >= 2; length--) {
            int start = end - length;
            String written = text.substring(start, end);
            if (!OrganizationNameBoundary.isBoundaryBefore(text, start) && !text.startsWith("中共", start - 2)) {
                continue;
            }
            Optional<String> canonical = explicitRegion(written);
            if (canonical.isPresent()) {
                return Optional.of(new Region(start, canonical.get()));
            }
        }
        return conventional(text, end, home);
    }

    private Optional<String> explicitRegion(String written) {
        for (int i = 0; i < written.length(); i++) {
            if (!OrganizationNameBoundary.isNameChar(written.charAt(i))) {
                return Optional.empty();
            }
        }
        Optional<String> known = gazetteer.apply(written);
        if (known.isPresent()) {
            return known;
        }
        for (String[] ending : GRAMMAR_REGIONS) {
            String before = written.substring(0, Math.max(0, written.length() - ending[0].length()));
            // X地 before 市 is a word (属地, 各地, 当地), not a city.
            if (written.endsWith(ending[0]) && before.length() >= 2 && before.length() <= Integer.parseInt(ending[1])
                    && !before.endsWith("地") && !OrganizationNameBoundary.containsStop(before)) {
                return Optional.of(written);
            }
        }
        return Optional.empty();
    }

    /** The paper's own region by its full or bare name (呼和浩特市, 呼和浩特), known without a gazetteer. */
    private static Optional<Region> namedHomeRegion(String text, int end, OrganizationLexicon.HomeRegions home) {
        if (home == null) {
            return Optional.empty();
        }
        for (String region : new String[] {home.home(), home.province()}) {
            if (region == null) {
                continue;
            }
            String bare = LEVEL_ENDING.matcher(region).replaceAll("");
            for (String written : new String[] {region, bare}) {
                int start = end - written.length();
                if (written.length() >= 2 && start >= 0 && text.startsWith(written, start)
                        && (OrganizationNameBoundary.isBoundaryBefore(text, start) || text.startsWith("中共", start - 2))) {
                    return Optional.of(new Region(start, region));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Region> conventional(String text, int end, OrganizationLexicon.HomeRegions home) {
        if (home == null) {
            return Optional.empty();
        }
        String[][] shorthands = {
            {"自治区", home.province()}, {"全区", home.province()}, {"我区", home.province()},
            {"省", home.province()}, {"全省", home.province()}, {"我省", home.province()},
            {"我市", home.home()}, {"本市", home.home()}, {"全市", home.home()}, {"市", home.home()},
            {"我盟", home.home()}, {"盟", home.home()},
        };
        for (String[] shorthand : shorthands) {
            String written = shorthand[0];
            String region = shorthand[1];
            int start = end - written.length();
            char level = written.charAt(written.length() - 1);
            boolean fits = region != null && region.endsWith(written.endsWith("自治区") || written.endsWith("区")
                    ? "区" : String.valueOf(level));
            if (fits && start >= 0 && text.startsWith(written, start)
                    && OrganizationNameBoundary.isBoundaryBefore(text, start)) {
                return Optional.of(new Region(start, region));
            }
        }
        return Optional.empty();
    }
}
