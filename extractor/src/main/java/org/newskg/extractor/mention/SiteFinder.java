package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extractor.lexicon.Lexicons;
import org.newskg.extractor.token.Tokenizer;

/**
 * Finds SITE mentions: named buildings, venues, compounds, hotels, stadiums, ports, scenic spots
 * and roads, by a suffix (体育场, 小区, 口岸, 路 …) after a proper-name body. The body runs back to
 * the nearest word that cannot be part of a name (在, 来到, punctuation); generic bodies (隔离酒店,
 * 该小区, 公路) make no site. A division named before the body (新城区维力斯酒店) is the site's
 * parent, not part of its name. Canonical name: the name as written.
 */
public final class SiteFinder implements MentionFinder {

    private final RegionGazetteer gazetteer;
    private final NameBodyTrimmer trimmer;
    private final SiteVocabulary vocabulary;

    public SiteFinder() {
        this(RegionGazetteer.bundled());
    }

    public SiteFinder(RegionGazetteer gazetteer) {
        this(gazetteer, HanlpRecognizer.instance());
    }

    public SiteFinder(RegionGazetteer gazetteer, Tokenizer tokenizer) {
        this(gazetteer, tokenizer, Lexicons.bundled());
    }

    public SiteFinder(RegionGazetteer gazetteer, Tokenizer tokenizer, Lexicons lexicons) {
        this.gazetteer = gazetteer;
        this.trimmer = new NameBodyTrimmer(tokenizer);
        this.vocabulary = new SiteVocabulary(lexicons);
    }

    @Override
    public List<Mention> find(String text, TextContext context) {
        List<Mention> mentions = new ArrayList<>();
        int lastEnd = 0;
        for (int end = 1; end <= text.length(); end++) {
            List<String> suffixes = vocabulary.suffixesByLastChar.get(text.charAt(end - 1));
            if (suffixes == null) {
                continue;
            }
            for (String suffix : suffixes) {
                int suffixStart = end - suffix.length();
                if (suffixStart <= lastEnd || !text.startsWith(suffix, suffixStart) || continuesAsAnotherWord(text, end)) {
                    continue;
                }
                Mention site = site(text, Math.max(lastEnd, suffixStart - SiteVocabulary.MAX_BODY - 1), suffixStart, end);
                if (site != null) {
                    mentions.add(site);
                    lastEnd = end;
                    break;
                }
            }
        }
        return mentions;
    }

    /**
     * Whether the suffix belongs to a longer word: 人民路街道 and 人民路社区 are divisions (the region
     * finder's), 街道 is no street, 交通路网 no road.
     */
    private boolean continuesAsAnotherWord(String text, int end) {
        return end < text.length() && vocabulary.suffixContinuations.contains(text.substring(end - 1, end + 1))
                || text.startsWith("街道", end) || text.startsWith("社区", end)
                || text.charAt(end - 1) == '街' && text.startsWith("道", end);
    }

    private Mention site(String text, int limit, int suffixStart, int end) {
        int start = nameStart(text, limit, suffixStart);
        if (start < 0) {
            return null;
        }
        start = trimmer.trim(text, start, suffixStart);
        String parent = null;
        int regionEnd = leadingDivisionEnd(text, start, suffixStart);
        if (regionEnd > start) {
            parent = text.substring(start, regionEnd);
            start = regionEnd;
        }
        String body = text.substring(start, suffixStart);
        if (!isProperBody(body, text.charAt(suffixStart))) {
            return null;
        }
        Map<String, String> attributes = new HashMap<>();
        if (parent != null) {
            gazetteer.readings(parent, TextContext.none()).stream().findFirst()
                    .ifPresent(f -> attributes.put(Mention.ATTR_PARENT, f.region().name()));
        }
        String name = text.substring(start, end);
        return new Mention(MentionType.SITE, start, end, name, name, attributes);
    }

    /**
     * Where the name before {@code suffixStart} begins: after punctuation, a boundary character or
     * a boundary verb; -1 when no such edge lies within reach, since then the start is a guess.
     */
    int nameStart(String text, int limit, int suffixStart) {
        for (int i = suffixStart; i > limit; i--) {
            char c = text.charAt(i - 1);
            if (!isNameChar(c) || SiteVocabulary.BOUNDARY_CHARS.indexOf(c) >= 0) {
                return i;
            }
            if (i >= 2 && vocabulary.boundaryVerbs.contains(text.substring(i - 2, i))) {
                return i;
            }
        }
        return limit == 0 ? 0 : -1;
    }

    /** The end of a division's full name (赛罕区, 呼和浩特市) at the start of the body, if the rest still makes a name. */
    private int leadingDivisionEnd(String text, int start, int suffixStart) {
        for (int end = suffixStart - 2; end >= start + 2; end--) {
            String prefix = text.substring(start, end);
            boolean fullName = gazetteer.readings(prefix, TextContext.none()).stream()
                    .anyMatch(f -> f.kind() == RegionForm.Kind.FULL && f.region().level() != RegionLevel.COUNTRY);
            if (fullName) {
                return end;
            }
        }
        return start;
    }

    private boolean isProperBody(String body, char suffixHead) {
        if (body.length() < 2 || SiteVocabulary.DETERMINERS.indexOf(body.charAt(0)) >= 0) {
            return false;
        }
        if (vocabulary.genericBodies.contains(body)) {
            return false;
        }
        if (SiteVocabulary.NUMERALS.indexOf(body.charAt(0)) >= 0 && SiteVocabulary.COUNTERS.indexOf(body.charAt(1)) >= 0) {
            return false;
        }
        for (String generic : vocabulary.genericBodies) {
            if (generic.length() >= 2 && body.endsWith(generic) && body.length() - generic.length() < 2) {
                return false;
            }
        }
        return !vocabulary.genericCompounds.contains("" + body.charAt(body.length() - 1) + suffixHead);
    }

    private static boolean isNameChar(char c) {
        return RegionMatchGuard.isCjk(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
