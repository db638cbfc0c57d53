package org.newskg.extractor.article;

import java.util.Arrays;
import java.util.List;

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
        int[] heads = bigrams(headline, headline.length());
        if (heads.length == 0) {
            return 0;
        }
        return share(heads, bigrams(articleText, Math.min(length, articleText.length())));
    }

    private static double share(int[] heads, int[] body) {
        long shared = 0;
        for (int gram : heads) {
            if (Arrays.binarySearch(body, gram) >= 0) {
                shared++;
            }
        }
        return (double) shared / heads.length;
    }

    /**
     * Where to cut a stack of headline blocks standing between two articles: blocks before the
     * returned index go to the article before, the rest to the article after.
     */
    int split(List<String> blocks, String before, String after, Order order, boolean beforeHasHeadline) {
        // an article that already has a headline from above takes more only when they clearly fit it
        double beforeWeight = beforeHasHeadline ? 0.75 : 1;
        // each block's score against either side does not depend on the cut: computed once
        double[] toBeforeScore = new double[blocks.size()];
        double[] toAfterScore = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            toBeforeScore[i] = score(blocks.get(i), before);
            toAfterScore[i] = score(blocks.get(i), after);
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= blocks.size(); k++) {
            double total = 0;
            for (int i = 0; i < blocks.size(); i++) {
                boolean toBefore = i < k;
                total += toBefore ? beforeWeight * toBeforeScore[i] : toAfterScore[i];
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

    /**
     * The distinct pairs of adjacent characters in {@code text[0, length)} once spaces,
     * punctuation and symbols are taken out, each packed into an int (first char in the high
     * half), sorted for binary search.
     */
    static int[] bigrams(String text, int length) {
        int[] grams = new int[Math.max(0, length - 1)];
        int count = 0;
        int previous = -1;
        for (int i = 0; i < length; ) {
            char first = text.charAt(i);
            // a pair cut by the end of the lead is a lone surrogate there, as in a substring
            int cp = Character.isHighSurrogate(first) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))
                    ? Character.toCodePoint(first, text.charAt(i + 1)) : first;
            int next = i + Character.charCount(cp);
            if (!isDropped(cp)) {
                for (int j = i; j < next; j++) {
                    char c = text.charAt(j);
                    if (previous >= 0) {
                        grams[count++] = previous << 16 | c;
                    }
                    previous = c;
                }
            }
            i = next;
        }
        int[] sorted = Arrays.copyOf(grams, count);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[distinct++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    /** What {@code [\\s\\p{P}\\p{S}]} matches: ASCII white space, punctuation and symbols. */
    private static boolean isDropped(int cp) {
        switch (cp) {
            case ' ', '\t', '\n', 0x0B, '\f', '\r':
                return true;
            default:
                break;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
