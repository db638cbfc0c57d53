package org.newskg.extractor.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organization a title's prefix names, when the prefix is a whole name the extractor knows:
 * a national body (教育部部长 is a post of 中华人民共和国教育部, 中国商务部副部长 one of the same
 * 商务部) or a state (科摩罗总统, 加蓬共和国代总统: the post belongs to 科摩罗联盟, 加蓬共和国). Giving
 * such posts the canonical name keeps one node per organization, as the organization finder names it.
 */
final class TitleOrganizations {

    /** What a prefix names, and whether it is a state (an area, not an organization mentioned as such). */
    record Named(String canonical, boolean isState) {
    }

    private static final String CHINA_SHORT = "中国";

    private final Map<String, String> nationalBodies = new HashMap<>();
    private final RegionGazetteer gazetteer;

    TitleOrganizations(RegionGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (OrganizationLexicon.KnownOrganization known : OrganizationLexicon.load().knownLongestFirst()) {
            nationalBodies.putIfAbsent(known.written(), known.canonical());
        }
    }

    static TitleOrganizations standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final TitleOrganizations INSTANCE = new TitleOrganizations(RegionGazetteer.bundled());
    }

    Optional<Named> named(String prefix) {
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        String body = nationalBodies.get(prefix);
        if (body == null && prefix.startsWith(CHINA_SHORT)) {
            // 中国商务部 is 商务部 with its country written out.
            String rest = nationalBodies.get(prefix.substring(CHINA_SHORT.length()));
            if (rest != null && (rest.startsWith("中华人民共和国") || rest.startsWith("中国") || rest.startsWith("国家"))) {
                body = rest;
            }
        }
        if (body != null) {
            return Optional.of(new Named(body, false));
        }
        return country(prefix).map(name -> new Named(name, true));
    }

    /** The full name of the country {@code written} names, in any of its written forms. */
    Optional<String> country(String written) {
        List<RegionForm> readings = gazetteer.readings(written, TextContext.none());
        return readings.stream()
                .filter(form -> form.region().level() == RegionLevel.COUNTRY)
                .map(form -> form.region().name())
                .findFirst();
    }

    /** Whether {@code name} is the full name of a country or a Chinese region, not of an organization. */
    boolean isArea(String name) {
        return !gazetteer.byFullName(name).isEmpty();
    }
}
