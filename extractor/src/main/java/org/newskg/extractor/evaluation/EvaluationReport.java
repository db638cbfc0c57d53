package org.newskg.extractor.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of one evaluation run: per page and in total (micro-averaged: counts summed over pages),
 * for NewsKG and for HanLP's recognisers alone.
 */
public record EvaluationReport(List<PageScores> pages) {

    /** One page's scores by category, for NewsKG and for the HanLP baseline (persons, regions, organizations only). */
    public record PageScores(String doc, Map<String, Score> newskg, Map<String, Score> hanlp) {
    }

    public Map<String, Score> totalNewskg() {
        return total(true);
    }

    public Map<String, Score> totalHanlp() {
        return total(false);
    }

    private Map<String, Score> total(boolean newskg) {
        Map<String, Score> sum = new LinkedHashMap<>();
        for (PageScores page : pages) {
            (newskg ? page.newskg() : page.hanlp()).forEach((cat, s) -> sum.merge(cat, s, Score::plus));
        }
        return sum;
    }
}
