package org.newskg.extractor.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.newskg.extractor.UserInputException;

/** User text becomes an IRI or a name the same way for every command. */
class EntityReferenceTest {

    private static final String IRI = "http://newskg.org/id/person/林晓川";

    @Test
    void aPrefixedNameABareIriAndABracketedIriAreTheSameIri() {
        assertEquals(IRI, iri("nkgid:person/林晓川"));
        assertEquals(IRI, iri(IRI));
        assertEquals(IRI, iri("<" + IRI + ">"));
        assertEquals(IRI, iri("  <" + IRI + ">\n"));
    }

    @Test
    void otherTextIsANameEvenWithAColon() {
        assertEquals(new EntityReference.ByName("林晓川", "林晓川"), EntityReference.parse(" 林晓川 "));
        // Only the standard prefixes make a prefixed name; anything else is a name.
        assertEquals("会议:开幕", ((EntityReference.ByName) EntityReference.parse("会议:开幕")).name());
    }

    @Test
    void anIriThatCouldEndTheBracketsEarlyIsRefused() {
        assertThrows(UserInputException.class, () -> EntityReference.parse("http://newskg.org/id/person/x> } UNION { ?s ?p ?o } #"));
        assertThrows(UserInputException.class, () -> EntityReference.parse("   "));
    }

    private static String iri(String text) {
        return ((EntityReference.ByIri) EntityReference.parse(text)).iri();
    }
}
