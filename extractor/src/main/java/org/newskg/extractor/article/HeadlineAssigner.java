package org.newskg.extractor.article;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which article each headline belongs to. On these pages a headline may stand before its
 * article or after it, and sometimes all headlines are stacked apart from the text; what a
 * headline says is the best guide, so each is scored by the character pairs it shares with the
 * opening of each candidate article, with the page's prevailing order as a tie-breaker.
 */
final class HeadlineAssigner {

    /** Which side the page's headlines usually stand on; a small bonus, never decisive against content. */
    enum Order { BEFORE, AFTER, UNKNOWN }

    static final double ORDER_BONUS = 0.15;
    static final double MIN_REMOTE_SCORE = 0.25;
    private static final int LEAD_LENGTH = 240;

    /** Share of the headline's character pairs that also occur in the article's opening. */
    double score(String headline, String articleText) {
        return score(headline, articleText, LEAD_LENGTH);
    }

    /** The same share against the first {@code length} characters of the article. */
    double score(String headline, String articleText, int length) {
        Set<String> heads = bigrams(headline);
        if (heads.isEmpty()) {
            return 0;
        }
        String lead = articleText.length() > length ? articleText.substring(0, length) : articleText;
        Set<String> body = bigrams(lead);
        long shared = heads.stream().filter(body::contains).count();
        return (double) shared / heads.size();
    }

    /**
     * Where to cut a stack of headline blocks standing between two articles: blocks before the
     * returned index go to the article before, the rest to the article after.
     */
    int split(List<String> blocks, String before, String after, Order order, boolean beforeHasHeadline) {
        // an article that already has a headline from above takes more only when they clearly fit it
        double beforeWeight = beforeHasHeadline ? 0.75 : 1;
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= blocks.size(); k++) {
            double total = 0;
            for (int i = 0; i < blocks.size(); i++) {
                boolean toBefore = i < k;
                total += toBefore ? beforeWeight * score(blocks.get(i), before) : score(blocks.get(i), after);
                if ((toBefore && order == Order.AFTER) || (!toBefore && order == Order.BEFORE)) {
                    total += ORDER_BONUS;
                }
            }
            if (total > bestScore + 1e-9) {
                bestScore = total;
                best = k;
            }
        }
        return best;
    }

    private static Set<String> bigrams(String text) {
        String s = text.replaceAll("[\\s\\p{P}\\p{S}]+", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }
}
