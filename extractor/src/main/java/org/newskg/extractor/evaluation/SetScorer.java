package org.newskg.extractor.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Scores predicted things against gold things at entity level: each gold thing is matched at most
 * once, so two predicted nodes for one real thing give one true and one false positive. A
 * prediction that matches only a doubtful item counts neither way.
 */
final class SetScorer {

    private SetScorer() {
    }

    static <P, G> Score score(List<P> predicted, List<G> gold, BiPredicate<P, G> matches, java.util.function.Predicate<P> doubtful) {
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        int fp = 0;
        List<P> unmatched = new ArrayList<>();
        for (P p : predicted) {
            boolean hit = false;
            for (int i = 0; i < gold.size(); i++) {
                if (!used.contains(i) && matches.test(p, gold.get(i))) {
                    used.add(i);
                    hit = true;
                    break;
                }
            }
            if (hit) {
                tp++;
            } else {
                unmatched.add(p);
            }
        }
        for (P p : unmatched) {
            boolean duplicateOfMatched = false;
            for (int i : used) {
                if (matches.test(p, gold.get(i))) {
                    duplicateOfMatched = true;
                    break;
                }
            }
            if (duplicateOfMatched || !doubtful.test(p)) {
                fp++;
            }
        }
        return new Score(tp, fp, gold.size() - used.size());
    }
}
