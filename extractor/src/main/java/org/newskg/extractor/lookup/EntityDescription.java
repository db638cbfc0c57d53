package org.newskg.extractor.lookup;

import java.util.List;

/**
 * What the store says about one entity, for {@code describe}.
 *
 * @param iri      the entity
 * @param name     its canonical name
 * @param aliases  other names ({@code skos:altLabel}, labels differing from the name)
 * @param types    its {@code rdf:type}s as prefixed names
 * @param posts    posts it holds, with the first and last publication date of a page that says so
 * @param holders  for an organization: who holds posts in it
 * @param events   events it took part in (with the role) or that took place there
 * @param articles articles mentioning it, oldest first
 */
public record EntityDescription(String iri, String name, List<String> aliases, List<String> types,
                                List<PostHeld> posts, List<PostHolder> holders, List<EventTaken> events,
                                List<ArticleMention> articles) {

    public EntityDescription {
        aliases = List.copyOf(aliases);
        types = List.copyOf(types);
        posts = List.copyOf(posts);
        holders = List.copyOf(holders);
        events = List.copyOf(events);
        articles = List.copyOf(articles);
    }

    /**
     * A post held; dates are ISO dates or null when the pages carry none. {@code inferred} are the
     * intervals the store-level inference gives the holding (nkg:inferredDuring), {@code changes}
     * the appointments and removals articles report (nkg:PostChange).
     */
    public record PostHeld(String iri, String title, String organization, String firstDate, String lastDate,
                           List<Inferred> inferred, List<Change> changes) {

        public PostHeld {
            inferred = List.copyOf(inferred);
            changes = List.copyOf(changes);
        }

        public PostHeld(String iri, String title, String organization, String firstDate, String lastDate) {
            this(iri, title, organization, firstDate, lastDate, List.of(), List.of());
        }
    }

    /** An inferred interval: from, until (null while held as far as the store knows), and how it was inferred. */
    public record Inferred(String from, String until, String basis) {
    }

    /** An appointment or removal: its kind (appointed, elected, removed …) and date. */
    public record Change(String kind, String date) {
    }

    /** Someone holding a post in the described organization. */
    public record PostHolder(String personIri, String person, String title) {
    }

    /**
     * An event with the described entity's part in it ({@code leader}, {@code attendee}, {@code location} …).
     *
     * @param name     the label the store gives it
     * @param type     its kind (meeting, inspection …), or null
     * @param place    the name of where it happened, or null
     * @param headline the headline (or kicker) of the article reporting it, or null
     */
    public record EventTaken(String iri, String name, String date, String role, String type, String place,
                             String headline) {

        /**
         * What happened, for people to read: its kind, its place and its label, but not a label
         * that only repeats the article's headline (the store's label of an event read from a
         * whole article is that headline).
         */
        public String whatHappened() {
            StringBuilder text = new StringBuilder(type == null || type.isEmpty() ? "event" : type);
            if (place != null && !place.isEmpty()) {
                text.append(" in ").append(place);
            }
            if (name != null && !name.isEmpty() && !name.equals(headline)) {
                text.append(": ").append(name);
            }
            return text.toString();
        }
    }

    /** An article that mentions the entity. */
    public record ArticleMention(String iri, String headline, String date) {
    }
}
