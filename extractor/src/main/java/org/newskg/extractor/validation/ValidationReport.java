package org.newskg.extractor.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a {@link ShapeValidator} found in a graph.
 *
 * <p>{@link #conforms()} counts only violations: unlike SHACL's own {@code sh:conforms}, which
 * warnings also make false, it answers "did the extractor keep the contract?" A page whose
 * paper date is unknown conforms, with a warning saying so.
 */
public record ValidationReport(List<Violation> violations) {

    public ValidationReport {
        violations = List.copyOf(violations);
    }

    /** True when nothing of severity {@link Violation.Severity#VIOLATION} was found. */
    public boolean conforms() {
        return count(Violation.Severity.VIOLATION) == 0;
    }

    /** The findings of one severity. */
    public List<Violation> ofSeverity(Violation.Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).toList();
    }

    public long count(Violation.Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).count();
    }

    /** One finding a line, most severe first; "conforms" when there are none. */
    @Override
    public String toString() {
        return violations.isEmpty() ? "conforms"
                : violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }
}
