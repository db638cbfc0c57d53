package org.newskg.extractor.inference;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.ontology.Nkg;
import org.newskg.ontology.OntologyResources;

/**
 * The roles of posts one person holds at a time, as the ontology lists them
 * ({@code nkg:SingleHolderRoleScheme}): 书记, 省长, 部长 … A post whose title names a body of
 * several (中央书记处书记, 主席团常务主席) is several people's whatever its role.
 */
public final class SingleHolderRoles {

    private static final String[] SEVERAL = {"书记处", "主席团", "常委会委员", "候补"};

    private final Set<String> roles;

    SingleHolderRoles(Set<String> roles) {
        this.roles = Set.copyOf(roles);
    }

    public static SingleHolderRoles fromOntology() {
        Model ontology = OntologyResources.ontology();
        Set<String> roles = new HashSet<>();
        ontology.listSubjectsWithProperty(SKOS.inScheme, ontology.getResource(Nkg.SingleHolderRoleScheme.getURI()))
                .forEach(concept -> concept.listProperties(SKOS.notation).forEach(s -> {
                    RDFNode o = s.getObject();
                    if (o.isLiteral()) {
                        roles.add(o.asLiteral().getString());
                    }
                }));
        return new SingleHolderRoles(roles);
    }

    /** Whether the post, by its role and title, is held by one person at a time. */
    public boolean isSingleHolder(String role, String title, boolean hasOrganization) {
        if (role == null || !roles.contains(role) || !hasOrganization || title.length() <= role.length()) {
            return false;
        }
        for (String several : SEVERAL) {
            if (title.contains(several)) {
                return false;
            }
        }
        return true;
    }
}
