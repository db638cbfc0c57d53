package org.newskg.extractor.rdf;

import org.newskg.ontology.Schema;

/** Maps the organization types of the gold guidelines to a schema.org subclass, always in addition to schema:Organization. */
final class OrganizationTypes {

    private OrganizationTypes() {
    }

    static String schemaClass(String orgType) {
        if (orgType == null) {
            return null;
        }
        return switch (orgType) {
            case "government", "party", "legislature", "court", "military" -> Schema.GovernmentOrganization.getURI();
            case "media" -> Schema.NewsMediaOrganization.getURI();
            case "company" -> Schema.Corporation.getURI();
            case "school" -> Schema.EducationalOrganization.getURI();
            case "hospital" -> Schema.Hospital.getURI();
            default -> null;
        };
    }
}
