package org.newskg.extractor.graph;

import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.newskg.extractor.UserInputException;
import org.newskg.ontology.Prefixes;

/**
 * What a user typed to name an entity, read one way for every command ({@code export --around},
 * {@code describe}, {@code timeline}, {@code evidence}): {@code <http://…>}, a bare
 * {@code http://}, {@code https://} or {@code urn:} IRI, or a prefixed name with one of the
 * standard prefixes ({@code nkgid:person/X}) is an IRI; any other text is a name or an alias.
 */
public sealed interface EntityReference {

    /** The text as the user wrote it, for messages. */
    String written();

    /** An absolute IRI, checked to hold no character that could end {@code <…>} in a query. */
    record ByIri(String iri, String written) implements EntityReference {
    }

    /** A name, alias or label, matched exactly. */
    record ByName(String name, String written) implements EntityReference {
    }

    // Characters that cannot occur in an IRI (RFC 3987) and would end <…> early in a query.
    Pattern NOT_IRI = Pattern.compile("[\\s<>\"{}|^`\\\\]");
    Pattern PREFIXED = Pattern.compile("([A-Za-z][\\w.-]*):(\\S*)");

    /**
     * Reads user text.
     *
     * @throws UserInputException when the text is empty, or looks like an IRI but is not a valid one
     */
    static EntityReference parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new UserInputException("give a name or an IRI (such as nkgid:person/… or <http://…>)");
        }
        if (t.startsWith("<") && t.endsWith(">")) {
            return new ByIri(checked(t.substring(1, t.length() - 1), t), t);
        }
        if (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("urn:")) {
            return new ByIri(checked(t, t), t);
        }
        java.util.regex.Matcher prefixed = PREFIXED.matcher(t);
        if (prefixed.matches() && Prefixes.standard().getNsPrefixURI(prefixed.group(1)) != null) {
            return new ByIri(checked(Prefixes.standard().expandPrefix(t), t), t);
        }
        return new ByName(t, t);
    }

    private static String checked(String iri, String written) {
        try {
            if (!NOT_IRI.matcher(iri).find() && IRIx.create(iri).isAbsolute()) {
                return iri;
            }
        } catch (IRIException e) {
            // reported below
        }
        throw new UserInputException("'" + written + "' is not a valid IRI (write it as <http://newskg.org/id/…> or nkgid:…)");
    }
}
