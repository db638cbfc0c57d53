package org.newskg.extractor.fact;

import org.newskg.extractor.mention.Mention;

/** Someone taking part in an event, in a role: leader, chair, speaker, attendee, sender, recipient, other. */
public record Participation(Mention participant, String role) {

    public Participation shifted(int delta) {
        return new Participation(participant.shifted(delta), role);
    }
}
