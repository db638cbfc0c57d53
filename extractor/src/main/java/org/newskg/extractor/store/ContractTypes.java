package org.newskg.extractor.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newskg.ontology.Org;
import org.newskg.ontology.Schema;

/**
 * The kinds of thing the RDF contract counts, under the names users read in summaries and
 * statistics, in the order they are shown. One list, so ingest's summary and {@code stats} agree.
 */
public final class ContractTypes {

    /** Readable name → class IRI of the entities extraction finds. */
    public static final Map<String, String> ENTITIES = entities();

    private ContractTypes() {
    }

    private static Map<String, String> entities() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("persons", Schema.Person.getURI());
        types.put("posts", Org.Post.getURI());
        types.put("organizations", Schema.Organization.getURI());
        types.put("regions", Schema.AdministrativeArea.getURI());
        types.put("sites", Schema.Place.getURI());
        types.put("events", Schema.Event.getURI());
        return java.util.Collections.unmodifiableMap(types);
    }
}
