package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds REGION mentions, countries included, by longest match over every written form in the
 * gazetteer. Canonical names are the full official names; ambiguous names are resolved against
 * the other regions of the same text (the article) and the paper's home region. The automaton is
 * built once per instance; instances are immutable and thread-safe.
 */
public final class RegionFinder implements MentionFinder {

    /** More forms never start at one position than names nest inside each other (中华人民共和国). */
    private static final int MAX_NESTED_FORMS = 16;

    private final RegionGazetteer gazetteer;
    private final RegionDisambiguator disambiguator;
    private final RegionTrie trie;

    public RegionFinder() {
        this(RegionGazetteer.bundled());
    }

    public RegionFinder(RegionGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.disambiguator = new RegionDisambiguator(gazetteer);
        this.trie = new RegionTrie(gazetteer.allForms().keySet());
    }

    /** A span and the readings the guards let through. */
    private record Match(int start, int end, List<RegionForm> readings) {
    }

    @Override
    public List<Mention> find(String text, TextContext context) {
        List<Match> matches = scan(text, context);
        Set<Region> named = namedWithoutDoubt(matches);
        Set<Region> known = new HashSet<>(withAncestors(named));
        for (String home : RegionPaperConventions.HOME.getOrDefault(context.paper(), List.of())) {
            known.addAll(gazetteer.byFullName(home));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Match match : matches) {
            List<Region> candidates = candidates(match, named);
            if (candidates.isEmpty()) {
                continue;
            }
            String written = text.substring(match.start(), match.end());
            if (isGroupAbbreviation(written)) {
                candidates.forEach(r -> mentions.add(mention(match, written, r, true)));
                continue;
            }
            List<Region> best = disambiguator.preferred(candidates, known);
            mentions.add(mention(match, written, best.get(0), best.size() == 1));
        }
        return mentions;
    }

    private List<Match> scan(String text, TextContext context) {
        List<Match> matches = new ArrayList<>();
        int[] lengths = new int[MAX_NESTED_FORMS];
        int i = 0;
        while (i < text.length()) {
            int count = trie.matchesAt(text, i, lengths);
            int advance = 1;
            for (int k = 0; k < count; k++) {
                int end = i + lengths[k];
                List<RegionForm> readings = new ArrayList<>();
                for (RegionForm form : gazetteer.readings(text.substring(i, end), context)) {
                    if (RegionMatchGuard.accepts(form, text, i, end)) {
                        readings.add(form);
                    }
                }
                if (!readings.isEmpty()) {
                    matches.add(new Match(i, end, readings));
                    advance = lengths[k];
                    break;
                }
            }
            i += advance;
        }
        return matches;
    }

    /** Regions the text names with a single possible reading: the context for everything else. */
    private Set<Region> namedWithoutDoubt(List<Match> matches) {
        Set<Region> named = new LinkedHashSet<>();
        for (Match match : matches) {
            Set<Region> regions = new HashSet<>();
            for (RegionForm form : match.readings()) {
                if (!RegionMatchGuard.needsContext(form)) {
                    regions.add(form.region());
                }
            }
            if (regions.size() == 1) {
                named.addAll(regions);
            }
        }
        return named;
    }

    private Set<Region> withAncestors(Set<Region> regions) {
        Set<Region> all = new HashSet<>(regions);
        regions.forEach(r -> all.addAll(gazetteer.ancestorsOf(r)));
        return all;
    }

    /**
     * The match's regions, without the common-word local names (城区, 光明村) whose prefecture,
     * county or township the text does not name.
     */
    private List<Region> candidates(Match match, Set<Region> named) {
        Set<Region> explicit = new HashSet<>();
        for (Region r : named) {
            if (!r.level().isAbove(RegionLevel.PREFECTURE)) {
                explicit.add(r);
            }
        }
        Map<Region, Boolean> result = new HashMap<>();
        List<Region> ordered = new ArrayList<>();
        for (RegionForm form : match.readings()) {
            if (RegionMatchGuard.needsContext(form)
                    && gazetteer.ancestorsOf(form.region()).stream().noneMatch(explicit::contains)) {
                continue;
            }
            if (result.putIfAbsent(form.region(), true) == null) {
                ordered.add(form.region());
            }
        }
        return ordered;
    }

    private static boolean isGroupAbbreviation(String written) {
        List<String> names = RegionShortForms.ABBREVIATIONS.get(written);
        return names != null && names.size() > 1;
    }

    private Mention mention(Match match, String written, Region region, boolean resolved) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(Mention.ATTR_LEVEL, region.level().label());
        if (resolved) {
            putIfKnown(attributes, Mention.ATTR_CODE, region.code());
            putIfKnown(attributes, Mention.ATTR_PARENT_CODE, region.parentCode());
            gazetteer.parentOf(region).ifPresent(p -> attributes.put(Mention.ATTR_PARENT, p.name()));
            if (region.longitude() != null && region.latitude() != null) {
                attributes.put(Mention.ATTR_LONGITUDE, region.longitude().toString());
                attributes.put(Mention.ATTR_LATITUDE, region.latitude().toString());
            }
        }
        return new Mention(MentionType.REGION, match.start(), match.end(), written, region.name(), attributes);
    }

    private static void putIfKnown(Map<String, String> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }
}
