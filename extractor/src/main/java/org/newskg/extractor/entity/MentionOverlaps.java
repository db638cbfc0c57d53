package org.newskg.extractor.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.mention.MentionType;

/**
 * Decides between recognisers that claim overlapping spans. Among names (persons, regions, sites,
 * organizations) the longer span wins, so 呼和浩特市 inside 呼和浩特市疾病预防控制中心 is part of the
 * organization's name, not a region of its own; on equal length the more specific grammar wins.
 * Titles, dates and event words never compete with names: they describe them.
 */
public final class MentionOverlaps {

    private static final Set<MentionType> NAMES = EnumSet.of(
            MentionType.PERSON, MentionType.REGION, MentionType.SITE, MentionType.ORGANIZATION);

    private MentionOverlaps() {
    }

    public static List<Mention> resolve(List<Mention> mentions) {
        List<Mention> names = new ArrayList<>();
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.end() <= m.start()) {
                continue;
            }
            if (NAMES.contains(m.type())) {
                names.add(m);
            } else {
                kept.add(m);
            }
        }
        names.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed()
                .thenComparingInt(m -> priority(m.type()))
                .thenComparingInt(Mention::start));
        List<Mention> chosen = new ArrayList<>();
        for (Mention candidate : names) {
            if (chosen.stream().noneMatch(candidate::overlaps)) {
                chosen.add(candidate);
            }
        }
        kept.addAll(chosen);
        kept.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return kept;
    }

    private static int priority(MentionType type) {
        return switch (type) {
            case ORGANIZATION -> 0;
            case SITE -> 1;
            case PERSON -> 2;
            case REGION -> 3;
            default -> 4;
        };
    }
}
