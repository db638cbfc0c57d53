package org.newskg.extractor.lookup;

import java.util.List;

/**
 * One entity found by {@link EntityLookup#search}.
 *
 * @param iri         the entity
 * @param name        its canonical name ({@code schema:name}, else its label)
 * @param matchedName the name or alias that matched the text
 * @param match       how well it matched
 * @param types       its {@code rdf:type}s as prefixed names
 * @param articles    how many articles mention it
 */
public record EntityMatch(String iri, String name, String matchedName, Match match, List<String> types, long articles) {

    /** How a name matched the searched text, best first. */
    public enum Match { EXACT, PREFIX, CONTAINS }

    public EntityMatch {
        types = List.copyOf(types);
    }
}
