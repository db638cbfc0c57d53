package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extractor.token.Tokenizer;

/**
 * Villages by their grammar: the gazetteer lists villages for Inner Mongolia only, but a report
 * of an inspection tour names them everywhere, right after the county or township they lie in
 * (井冈山市茅坪镇神山村, 婺源县汪口村、篁岭村). A run of two to four characters ending in 村 or 嘎查
 * directly after a county- or township-level region the gazetteer resolved is a village inside it,
 * and so is each further one joined to it by 、, 和 or 及. Villages found this way have no code;
 * their identity is their name inside their parent.
 */
final class VillageFinder {

    private static final List<String> SUFFIXES = List.of("嘎查", "村");
    private static final int SHORTEST_BASE = 2;
    private static final int LONGEST_BASE = 4;
    private static final String JOINERS = "、和及";

    private final Tokenizer recognizer;
    private final RegionMatchGuard guard;

    VillageFinder(Tokenizer recognizer, RegionMatchGuard guard) {
        this.recognizer = recognizer;
        this.guard = guard;
    }

    /** The villages written right after the resolved county- and township-level {@code regions}. */
    List<Mention> find(String text, List<Mention> regions) {
        List<Mention> villages = new ArrayList<>();
        for (Mention region : regions) {
            if (!isParentLevel(region) || region.attribute(Mention.ATTR_CODE) == null) {
                continue;
            }
            int at = region.end();
            int end = villageEndingAfter(text, at);
            while (end > 0 && startsNoRegion(regions, at)) {
                villages.add(village(text, at, end, region));
                if (end >= text.length() || JOINERS.indexOf(text.charAt(end)) < 0) {
                    break;
                }
                at = end + 1;
                end = villageEndingAfter(text, at);
            }
        }
        return villages;
    }

    private static boolean isParentLevel(Mention region) {
        String level = region.attribute(Mention.ATTR_LEVEL);
        return RegionLevel.COUNTY.label().equals(level) || RegionLevel.TOWNSHIP.label().equals(level);
    }

    /** Where a village name starting at {@code at} ends, or -1 when none does. */
    private int villageEndingAfter(String text, int at) {
        for (int length = SHORTEST_BASE; length <= LONGEST_BASE && at + length < text.length(); length++) {
            String base = text.substring(at, at + length);
            if (!isNameCharacters(base)) {
                return -1;
            }
            for (String suffix : SUFFIXES) {
                if (text.startsWith(suffix, at + length) && isPlainBase(base)) {
                    return at + length + suffix.length();
                }
            }
        }
        return -1;
    }

    private static boolean isNameCharacters(String base) {
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (!RegionMatchGuard.isCjk(c) || PersonCandidates.FUNCTION_CHARS.indexOf(c) >= 0 || c == '各' || c == '村') {
                return false;
            }
        }
        return true;
    }

    /** 贫困村, 新农村, 示范村: a base that is an ordinary word or slogan makes a kind of village, not a name. */
    private boolean isPlainBase(String base) {
        return !guard.isCommonLocalBase(base) && !recognizer.isCommonWord(base)
                && !recognizer.isCommonWord(base.substring(base.length() - 2));
    }

    /** A village's text must not overlap a region the gazetteer found there already. */
    private static boolean startsNoRegion(List<Mention> regions, int at) {
        return regions.stream().noneMatch(r -> r.start() <= at && at < r.end());
    }

    private static Mention village(String text, int start, int end, Mention parent) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(Mention.ATTR_LEVEL, RegionLevel.VILLAGE.label());
        attributes.put(Mention.ATTR_PARENT, parent.canonical());
        attributes.put(Mention.ATTR_PARENT_CODE, parent.attribute(Mention.ATTR_CODE));
        String name = text.substring(start, end);
        return new Mention(MentionType.REGION, start, end, name, name, Map.copyOf(attributes));
    }
}
