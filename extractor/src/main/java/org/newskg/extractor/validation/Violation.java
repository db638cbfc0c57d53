package org.newskg.extractor.validation;

import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * One SHACL result: which node broke which rule of the contract, through which property.
 *
 * @param severity  how bad it is; only {@link Severity#VIOLATION} makes a graph non-conforming
 * @param focusNode the node the rule applies to, prefixed where a standard prefix fits
 * @param path      the property path checked, prefixed ({@code schema:name}), or empty for node-level rules
 * @param value     the offending value where there is one, else null
 * @param message   what the contract asks for, in the words of the shape
 */
public record Violation(Severity severity, String focusNode, String path, String value, String message) {

    /** SHACL's severities, ordered from the most severe. */
    public enum Severity {
        /** The extractor broke the contract. */
        VIOLATION,
        /** The input did not give a fact the contract expects, or two pages disagree. */
        WARNING,
        /** A fact news text often leaves out. */
        INFO;

        static Severity of(String shaclIri) {
            if (SHACL.Warning.getURI().equals(shaclIri)) {
                return WARNING;
            }
            if (SHACL.Info.getURI().equals(shaclIri)) {
                return INFO;
            }
            // sh:Violation, and any custom severity: SHACL treats unknown severities as failures too.
            return VIOLATION;
        }
    }

    /** One line: severity, focus node, path, message, and the value when there is one. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder()
                .append(severity).append(' ').append(focusNode);
        if (!path.isEmpty()) {
            sb.append(' ').append(path);
        }
        sb.append(": ").append(message);
        if (value != null) {
            sb.append(" (value ").append(value).append(')');
        }
        return sb.toString();
    }
}
