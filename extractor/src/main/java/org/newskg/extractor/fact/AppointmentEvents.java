package org.newskg.extractor.fact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.article.Article;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.mention.MentionType;

/**
 * Appointments and removals an article reports (任命, 当选, 免去, 不再担任, 辞去) make one
 * announcement event of the article, however many sentences list them: its participants are the
 * persons whose posts change. An announcement the article's own words already gave (决定, 宣布)
 * takes them in instead of a second event.
 */
public final class AppointmentEvents {

    static final String TYPE = "announcement";
    static final String ROLE = "other";

    private AppointmentEvents() {
    }

    public static List<EventFact> withAppointments(List<EventFact> events, List<PostHolding> posts, Article article,
                                                   List<Mention> mentions) {
        List<PostHolding> changes = posts.stream().filter(p -> p.change() != null).toList();
        if (changes.isEmpty()) {
            return events;
        }
        List<EventFact> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            EventFact e = out.get(i);
            if (TYPE.equals(e.type())) {
                out.set(i, new EventFact(e.type(), e.label(), e.trigger(), e.date() != null ? e.date() : dateOf(changes, mentions),
                        e.place(), merged(e.participants(), changes)));
                return out;
            }
        }
        String label = article.kicker() != null ? article.kicker()
                : article.headline() != null ? article.headline()
                : String.join("、", names(changes)) + "任免";
        out.add(new EventFact(TYPE, label, changes.get(0).title(), dateOf(changes, mentions), null, merged(List.of(), changes)));
        return out;
    }

    private static List<Participation> merged(List<Participation> existing, List<PostHolding> changes) {
        List<Participation> out = new ArrayList<>(existing);
        Set<String> seen = new LinkedHashSet<>();
        existing.forEach(p -> seen.add(p.participant().canonical()));
        for (PostHolding h : changes) {
            if (seen.add(h.person().canonical())) {
                out.add(new Participation(h.person(), ROLE));
            }
        }
        return out;
    }

    private static List<String> names(List<PostHolding> changes) {
        return new ArrayList<>(changes.stream().map(h -> h.person().canonical()).collect(
                java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The last full date written before the first change, in the article; null when none. */
    private static Mention dateOf(List<PostHolding> changes, List<Mention> mentions) {
        int at = changes.get(0).person().start();
        Mention date = null;
        for (Mention m : mentions) {
            String datatype = m.attribute(Mention.ATTR_DATATYPE);
            if (m.type() == MentionType.DATE && m.start() >= 0 && m.end() <= at
                    && (datatype == null || "date".equals(datatype))) {
                date = m;
            }
        }
        return date;
    }
}
