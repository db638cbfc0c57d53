package org.newskg.extractor.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Scores one page's prediction against its gold, category by category. */
public final class CategoryScores {

    public static final String PERSONS = "persons";
    public static final String REGIONS = "regions";
    public static final String ORGANIZATIONS = "organizations";
    public static final String POSTS = "posts";
    public static final String DATES = "dates";
    public static final String EVENTS = "events";

    private CategoryScores() {
    }

    public static Map<String, Score> score(PredictedDocument predicted, GoldDocument gold) {
        Map<String, Score> scores = new LinkedHashMap<>();
        scores.put(PERSONS, things(predicted.persons(), gold.persons(), gold.doubtful()));
        scores.put(REGIONS, things(predicted.regions(), gold.regions(), gold.doubtful()));
        scores.put(ORGANIZATIONS, things(predicted.organizations(), gold.organizations(), gold.doubtful()));
        scores.put(POSTS, SetScorer.score(predicted.posts(), gold.posts(),
                (p, g) -> p.person().equals(g.person()) && intersects(p.titles(), g.titles()), p -> false));
        scores.put(DATES, SetScorer.score(predicted.dates().stream().toList(), gold.dates().stream().toList(),
                String::equals, d -> false));
        scores.put(EVENTS, SetScorer.score(predicted.events(), gold.events(), CategoryScores::sameEvent, e -> false));
        return scores;
    }

    /** Names only, for recognisers that give no more than spans (the HanLP baseline). */
    public static Score things(java.util.List<GoldDocument.Thing> predicted, java.util.List<GoldDocument.Thing> gold,
                               Set<String> doubtful) {
        return SetScorer.score(predicted, gold, (p, g) -> intersects(p.names(), g.names()),
                p -> p.names().stream().anyMatch(doubtful::contains));
    }

    /**
     * An event is found when the date agrees and, where the gold names participants, at least
     * one of them is among the predicted ones; without gold participants the type must agree.
     */
    private static boolean sameEvent(GoldDocument.GoldEvent p, GoldDocument.GoldEvent g) {
        boolean dateAgrees = g.date() == null || g.date().equals(p.date());
        if (!dateAgrees) {
            return false;
        }
        return g.participants().isEmpty() ? g.type().equals(p.type()) : intersects(p.participants(), g.participants());
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
