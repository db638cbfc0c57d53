package org.newskg.extractor.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Orders what a description holds by date, for {@code timeline}. */
final class Timeline {

    // On one day, a post is context for the events, and the events are what the articles report.
    private static final Map<String, Integer> KIND_ORDER = Map.of("post", 0, "event", 1, "article", 2);

    private Timeline() {
    }

    static List<TimelineEntry> of(EntityDescription d) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (EntityDescription.PostHeld post : d.posts()) {
            String title = post.title() != null ? post.title() : EntityLookup.shortForm(post.iri());
            if (post.firstDate() != null) {
                entries.add(new TimelineEntry(post.firstDate(), "post", title
                        + (post.lastDate() != null && !post.lastDate().equals(post.firstDate()) ? " (first seen)" : ""), post.iri()));
            }
            if (post.lastDate() != null && !post.lastDate().equals(post.firstDate())) {
                entries.add(new TimelineEntry(post.lastDate(), "post", title + " (last seen)", post.iri()));
            }
            for (EntityDescription.Change change : post.changes()) {
                if (change.date() != null) {
                    entries.add(new TimelineEntry(change.date(), "post", title + " (" + change.kind() + ")", post.iri()));
                }
            }
            for (EntityDescription.Inferred held : post.inferred()) {
                entries.add(new TimelineEntry(held.from(), "post", title + " (held from, inferred)", post.iri()));
                if (held.until() != null) {
                    entries.add(new TimelineEntry(held.until(), "post", title + " (held until, inferred)", post.iri()));
                }
            }
        }
        for (EntityDescription.EventTaken event : d.events()) {
            if (event.date() != null) {
                String role = event.role() == null || event.role().isEmpty() ? "" : " [" + event.role() + "]";
                entries.add(new TimelineEntry(event.date(), "event", event.whatHappened() + role, event.iri()));
            }
        }
        for (EntityDescription.ArticleMention article : d.articles()) {
            if (article.date() != null) {
                entries.add(new TimelineEntry(article.date(), "article", article.headline() == null ? "" : article.headline(), article.iri()));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::date)
                .thenComparing(e -> KIND_ORDER.getOrDefault(e.kind(), 9))
                .thenComparing(TimelineEntry::text));
        return entries;
    }
}
