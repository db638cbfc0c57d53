package org.newskg.extractor.fact;

import java.util.List;
import org.newskg.extractor.mention.Mention;

/**
 * A news event an article reports.
 *
 * @param type         meeting, conference, inspection, visit, message, competition, announcement, other
 * @param label        a short description built from the text (who did what where)
 * @param trigger      the word that reports it
 * @param date         the date mention it happened on, or null
 * @param place        the region or site mention where it happened, or null
 * @param participants who took part, each in a role
 */
public record EventFact(String type, String label, Mention trigger, Mention date, Mention place,
                        List<Participation> participants) {

    public EventFact {
        participants = List.copyOf(participants);
    }

    public EventFact shifted(int delta) {
        return new EventFact(type, label, trigger.shifted(delta),
                date == null ? null : date.shifted(delta),
                place == null ? null : place.shifted(delta),
                participants.stream().map(p -> p.shifted(delta)).toList());
    }
}
