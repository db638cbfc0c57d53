package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Chooses between regions that share a written form (新城区 is in 呼和浩特 and in 西安; 吉林 is a
 * province and a city): prefer the one inside the most specific region the article already names,
 * then the one in Inner Mongolia, then the higher level.
 */
public final class RegionDisambiguator {

    private final RegionGazetteer gazetteer;

    public RegionDisambiguator(RegionGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The best candidates: one when the choice is clear, several when they stay tied.
     *
     * @param context regions the article names or the paper writes from
     */
    public List<Region> preferred(Collection<Region> candidates, Set<Region> context) {
        Comparator<Region> order = Comparator
                .comparingInt((Region r) -> contextDepth(r, context))
                .thenComparing(Region::inInnerMongolia)
                .thenComparing(r -> -r.level().ordinal());
        List<Region> best = new ArrayList<>();
        for (Region candidate : candidates) {
            if (best.isEmpty()) {
                best.add(candidate);
                continue;
            }
            int c = order.compare(candidate, best.get(0));
            if (c > 0) {
                best.clear();
                best.add(candidate);
            } else if (c == 0 && !best.contains(candidate)) {
                best.add(candidate);
            }
        }
        return List.copyOf(best);
    }

    /**
     * How specific the closest context region containing (or being) {@code region} is: 0 when none
     * does, higher for deeper levels, so 西安市 in the article beats the paper's 内蒙古自治区.
     */
    int contextDepth(Region region, Set<Region> context) {
        if (context.contains(region)) {
            return region.level().ordinal() + 1;
        }
        for (Region ancestor : gazetteer.ancestorsOf(region)) {
            if (context.contains(ancestor)) {
                return ancestor.level().ordinal() + 1;
            }
        }
        return 0;
    }
}
