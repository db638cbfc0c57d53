package org.newskg.extractor.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newskg.extractor.article.Article;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.mention.MentionType;

/**
 * Finds the news event an article reports. An article usually reports one: the one its headline,
 * kicker or opening sentence names with an event word (调研, 会议, 贺电 …). Its date is the first
 * date of that sentence, else the dateline's; its place the first region or site of the sentence;
 * its participants the persons named there, the first of them leading it.
 */
public final class EventAssembler {

    private static final Map<String, String> LEAD_ROLE = Map.of(
            "message", "sender",
            "meeting", "chair",
            "conference", "attendee",
            "competition", "attendee");

    /**
     * @param headlineMentions mentions found in the headline and kicker, offsets into that text
     * @param bodyMentions     mentions of the body, offsets into the page text
     * @param sentences        the body's sentences as page offsets
     */
    public List<EventFact> assemble(Article article, List<Mention> headlineMentions,
                                    List<Mention> bodyMentions, List<int[]> sentences) {
        Mention trigger = first(headlineMentions, MentionType.EVENT_TRIGGER);
        List<Mention> scope = headlineMentions;
        if (trigger == null) {
            for (int[] sentence : sentences.subList(0, Math.min(2, sentences.size()))) {
                List<Mention> inSentence = within(bodyMentions, sentence[0], sentence[1]);
                trigger = first(inSentence, MentionType.EVENT_TRIGGER);
                if (trigger != null) {
                    scope = inSentence;
                    break;
                }
            }
        }
        if (trigger == null) {
            return List.of();
        }
        String type = trigger.attribute(Mention.ATTR_EVENT_TYPE) != null ? trigger.attribute(Mention.ATTR_EVENT_TYPE) : "other";
        List<Mention> persons = scope.stream().filter(m -> m.type() == MentionType.PERSON).toList();
        if (persons.isEmpty() && scope == headlineMentions && !sentences.isEmpty()) {
            persons = within(bodyMentions, sentences.get(0)[0], sentences.get(0)[1]).stream()
                    .filter(m -> m.type() == MentionType.PERSON).toList();
        }
        Mention date = first(scope, MentionType.DATE);
        if (date == null && !sentences.isEmpty()) {
            date = first(within(bodyMentions, sentences.get(0)[0], sentences.get(0)[1]), MentionType.DATE);
        }
        Mention place = scope.stream()
                .filter(m -> m.type() == MentionType.REGION || m.type() == MentionType.SITE)
                .findFirst().orElse(null);
        List<Participation> participants = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Mention p : persons) {
            if (names.contains(p.canonical())) {
                continue;
            }
            String role = names.isEmpty() ? LEAD_ROLE.getOrDefault(type, "leader")
                    : ("message".equals(type) ? "sender" : "attendee");
            names.add(p.canonical());
            participants.add(new Participation(p, role));
        }
        String label = article.kicker() != null ? article.kicker()
                : article.headline() != null ? article.headline()
                : String.join("、", names) + trigger.text();
        return List.of(new EventFact(type, label, trigger, date, place, participants));
    }

    private static Mention first(List<Mention> mentions, MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).findFirst().orElse(null);
    }

    private static List<Mention> within(List<Mention> mentions, int start, int end) {
        return mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
    }
}
