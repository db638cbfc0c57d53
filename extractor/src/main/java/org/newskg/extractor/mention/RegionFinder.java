package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.extractor.token.Tokenizer;

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
    private final VillageFinder villages;
    private final RegionMatchGuard guard;
    /** The readings of each trie form, by form id, so that scanning never builds a string. */
    private final List<List<RegionForm>> readingsById;
    /** Immutable attribute maps, shared by every mention of a region; filled lazily by any thread. */
    private final Map<Region, Map<String, String>> resolvedAttributes = new ConcurrentHashMap<>();

    public RegionFinder() {
        this(RegionGazetteer.bundled());
    }

    public RegionFinder(RegionGazetteer gazetteer) {
        this(gazetteer, HanlpRecognizer.instance());
    }

    public RegionFinder(RegionGazetteer gazetteer, Tokenizer tokenizer) {
        this.gazetteer = gazetteer;
        this.guard = new RegionMatchGuard(tokenizer, gazetteer.lexicons());
        this.villages = new VillageFinder(tokenizer, guard);
        this.disambiguator = new RegionDisambiguator(gazetteer);
        this.trie = new RegionTrie(gazetteer.allForms().keySet());
        List<List<RegionForm>> readings = new ArrayList<>(trie.size());
        for (int id = 0; id < trie.size(); id++) {
            readings.add(gazetteer.allForms().get(trie.form(id)));
        }
        this.readingsById = List.copyOf(readings);
    }

    /** A span and the readings the guards let through. */
    private record Match(int start, int end, int formId, List<RegionForm> readings) {
    }

    @Override
    public List<Mention> find(String text, TextContext context) {
        List<Match> matches = scan(text, context);
        Set<Region> named = namedWithoutDoubt(matches);
        Set<Region> known = new HashSet<>(named);
        named.forEach(r -> known.addAll(gazetteer.ancestorsOf(r)));
        for (String home : gazetteer.paperHomeOf(context.paper())) {
            known.addAll(gazetteer.byFullName(home));
        }
        Set<Region> localContext = new HashSet<>();
        for (Region r : named) {
            if (!r.level().isAbove(RegionLevel.PREFECTURE)) {
                localContext.add(r);
            }
        }
        // The same form reads the same way throughout one text; resolve it once. Readings the
        // guards trimmed are a different list and are resolved on their own.
        Map<Integer, List<Region>> resolvedByForm = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Match match : matches) {
            boolean untrimmed = match.readings() == readingsById.get(match.formId());
            List<Region> candidates = untrimmed
                    ? resolvedByForm.computeIfAbsent(match.formId(), id -> resolve(match, localContext, known))
                    : resolve(match, localContext, known);
            if (candidates.isEmpty()) {
                continue;
            }
            String written = text.substring(match.start(), match.end());
            if (isGroupAbbreviation(written)) {
                candidates.forEach(r -> mentions.add(mention(match, written, r, true)));
            } else {
                mentions.add(mention(match, written, candidates.get(0), candidates.size() == 1));
            }
        }
        mentions.addAll(villages.find(text, mentions));
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return mentions;
    }

    private List<Region> resolve(Match match, Set<Region> localContext, Set<Region> known) {
        List<Region> plausible = plausible(match.readings(), localContext);
        return plausible.isEmpty() || isGroupAbbreviation(trie.form(match.formId()))
                ? plausible : disambiguator.preferred(plausible, known);
    }

    private List<Match> scan(String text, TextContext context) {
        List<Match> matches = new ArrayList<>();
        int[] ids = new int[MAX_NESTED_FORMS];
        int i = 0;
        while (i < text.length()) {
            int count = trie.matchesAt(text, i, ids);
            int advance = 1;
            for (int k = 0; k < count; k++) {
                int end = i + trie.form(ids[k]).length();
                List<RegionForm> readings = accepted(readingsById.get(ids[k]), text, i, end, context);
                if (!readings.isEmpty()) {
                    matches.add(new Match(i, end, ids[k], readings));
                    advance = end - i;
                    break;
                }
            }
            i += advance;
        }
        return matches;
    }

    private List<RegionForm> accepted(List<RegionForm> readings, String text, int start, int end,
                                             TextContext context) {
        if (allAccepted(readings, text, start, end, context)) {
            return readings; // the usual case: no copy
        }
        List<RegionForm> accepted = new ArrayList<>();
        for (RegionForm form : readings) {
            if (form.appliesTo(context) && guard.accepts(form, text, start, end)) {
                accepted.add(form);
            }
        }
        return accepted;
    }

    private boolean allAccepted(List<RegionForm> readings, String text, int start, int end,
                                       TextContext context) {
        for (RegionForm form : readings) {
            if (!form.appliesTo(context) || !guard.accepts(form, text, start, end)) {
                return false;
            }
        }
        return true;
    }

    /** Regions the text names with a single possible reading: the context for everything else. */
    private Set<Region> namedWithoutDoubt(List<Match> matches) {
        Set<Region> named = new LinkedHashSet<>();
        Set<Integer> seen = new HashSet<>();
        for (Match match : matches) {
            if (match.readings() == readingsById.get(match.formId()) && !seen.add(match.formId())) {
                continue;
            }
            Region only = null;
            boolean single = true;
            for (RegionForm form : match.readings()) {
                if (needsContext(form)) {
                    continue;
                }
                if (only != null && !only.equals(form.region())) {
                    single = false;
                }
                only = form.region();
            }
            if (only != null && single) {
                named.add(only);
            }
        }
        return named;
    }

    /**
     * The readings' regions, without the common-word local names (城区, 光明村) whose prefecture,
     * county or township the text does not name.
     */
    private List<Region> plausible(List<RegionForm> readings, Set<Region> localContext) {
        List<Region> regions = new ArrayList<>();
        for (RegionForm form : readings) {
            if (needsContext(form)
                    && gazetteer.ancestorsOf(form.region()).stream().noneMatch(localContext::contains)) {
                continue;
            }
            if (!regions.contains(form.region())) {
                regions.add(form.region());
            }
        }
        return regions;
    }

    /**
     * Common-word local names (see {@link RegionMatchGuard#needsContext}) and village names that
     * several villages share (团结村 names 27 villages): only the article's context can tell which is meant.
     */
    private boolean needsContext(RegionForm form) {
        return guard.needsContext(form)
                || form.region().level() == RegionLevel.VILLAGE && gazetteer.byFullName(form.region().name()).size() > 1;
    }

    private boolean isGroupAbbreviation(String written) {
        List<String> names = gazetteer.abbreviations().get(written);
        return names != null && names.size() > 1;
    }

    private Mention mention(Match match, String written, Region region, boolean resolved) {
        Map<String, String> attributes = resolved
                ? resolvedAttributes.computeIfAbsent(region, r -> attributes(r, true))
                : attributes(region, false);
        return new Mention(MentionType.REGION, match.start(), match.end(), written, region.name(), attributes);
    }

    private Map<String, String> attributes(Region region, boolean resolved) {
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
        return Map.copyOf(attributes);
    }

    private static void putIfKnown(Map<String, String> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }
}
