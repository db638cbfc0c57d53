package org.newskg.shell.cli;

/**
 * The arguments of a command that are not options, such as the paths of {@code ingest}.
 *
 * @param label       what one argument is called in usage text
 * @param description one line for help
 * @param min         how many must be given (an option may stand in; see {@link CommandSpec#positionalAlternative()})
 * @param max         how many may be given
 */
public record PositionalSpec(String label, String description, int min, int max) {

    public static PositionalSpec none() {
        return new PositionalSpec(null, null, 0, 0);
    }

    public static PositionalSpec oneOrMore(String label, String description) {
        return new PositionalSpec(label, description, 1, Integer.MAX_VALUE);
    }

    public static PositionalSpec optionalOne(String label, String description) {
        return new PositionalSpec(label, description, 0, 1);
    }

    public boolean accepted() {
        return max > 0;
    }

    public String synopsis() {
        if (!accepted()) {
            return "";
        }
        String one = max > 1 ? label + "..." : label;
        return min > 0 ? one : "[" + one + "]";
    }
}
