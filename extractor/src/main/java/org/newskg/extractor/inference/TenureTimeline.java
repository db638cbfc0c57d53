package org.newskg.extractor.inference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Infers the intervals tenures span from their evidence, post by post.
 *
 * <p>For a post one person holds at a time, every day some article attests a holder is a point
 * on the post's line; a run of points of one holder holds the post from its first point until
 * the day before the first point of the next holder's run, or until a stated removal (免去,
 * 不再担任, 辞去) that comes first; the last run stays open unless a removal ends it. A stated
 * start (任命, 当选) is a point of its own, and claims its day before any attestation. A holder
 * called former (原, 前, 时任) after their last point is not extended past that last point.
 *
 * <p>For a post several people hold at once (副总理, 委员), each tenure spans only its evidence:
 * from its first attestation or stated start to its last attestation or stated end.
 */
public final class TenureTimeline {

    private TenureTimeline() {
    }

    public static List<InferredInterval> infer(List<TenureEvidence> tenures) {
        Map<String, List<TenureEvidence>> byPost = new TreeMap<>();
        for (TenureEvidence t : tenures) {
            byPost.computeIfAbsent(t.post(), k -> new ArrayList<>()).add(t);
        }
        List<InferredInterval> out = new ArrayList<>();
        for (List<TenureEvidence> post : byPost.values()) {
            boolean single = post.stream().allMatch(TenureEvidence::singleHolder);
            for (TenureEvidence t : post) {
                if (!single) {
                    evidenceOnly(t).ifPresent(out::add);
                }
            }
            if (single) {
                out.addAll(singleHolder(post));
            }
        }
        out.sort(Comparator.comparing(InferredInterval::tenure).thenComparing(InferredInterval::begin));
        return out;
    }

    private static java.util.Optional<InferredInterval> evidenceOnly(TenureEvidence t) {
        LocalDate begin = t.firstEvidence();
        if (begin == null) {
            return java.util.Optional.empty();
        }
        LocalDate end = t.attested().isEmpty() ? begin : t.attested().last();
        for (LocalDate e : t.ends()) {
            if (!e.isBefore(begin) && e.isAfter(end)) {
                end = e;
            }
        }
        return java.util.Optional.of(new InferredInterval(t.tenure(), begin, end, InferredInterval.EVIDENCE));
    }

    /** One holder's run of points on the post's line. */
    private record Run(TenureEvidence holder, LocalDate first, LocalDate last) {
    }

    private static List<InferredInterval> singleHolder(List<TenureEvidence> post) {
        // Every day that says someone held the post, in order; a day two holders share goes to the one
        // whose evidence begins earlier, so the line is deterministic.
        TreeMap<LocalDate, TenureEvidence> line = new TreeMap<>();
        List<TenureEvidence> ordered = new ArrayList<>(post);
        ordered.sort(Comparator.comparing(TenureEvidence::firstEvidence, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TenureEvidence::tenure));
        Map<LocalDate, TenureEvidence> seen = new LinkedHashMap<>();
        // A stated start claims its day before any attestation does: 免去甲…，任命乙为… gives the day to 乙.
        for (TenureEvidence t : ordered) {
            for (LocalDate d : t.begins()) {
                seen.putIfAbsent(d, t);
            }
        }
        for (TenureEvidence t : ordered) {
            for (LocalDate d : t.attested()) {
                seen.putIfAbsent(d, t);
            }
        }
        line.putAll(seen);
        List<Run> runs = new ArrayList<>();
        for (Map.Entry<LocalDate, TenureEvidence> point : line.entrySet()) {
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.holder() == point.getValue()) {
                runs.set(runs.size() - 1, new Run(last.holder(), last.first(), point.getKey()));
            } else {
                runs.add(new Run(point.getValue(), point.getKey(), point.getKey()));
            }
        }
        List<InferredInterval> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            LocalDate end = i + 1 < runs.size() ? runs.get(i + 1).first().minusDays(1) : null;
            if (end != null && end.isBefore(run.last())) {
                end = run.last();
            }
            // A stated removal after the run's last point and before the next holder ends it there.
            for (LocalDate removed : run.holder().ends()) {
                if (!removed.isBefore(run.last()) && (end == null || removed.isBefore(end))) {
                    end = removed;
                    break;
                }
            }
            // Called former after the run, with no one else seen since: the holding ended somewhere
            // between; the evidence only carries it to its last point.
            if (end == null) {
                for (LocalDate former : run.holder().formerOn()) {
                    if (former.isAfter(run.last())) {
                        end = run.last();
                        break;
                    }
                }
            }
            out.add(new InferredInterval(run.holder().tenure(), run.first(), end, InferredInterval.SINGLE_HOLDER));
        }
        return out;
    }
}
