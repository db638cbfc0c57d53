package org.newskg.shell.cli;

import java.util.List;

/** Usage text for {@code newskg --help} and {@code newskg CMD --help}. */
public final class HelpText {

    private HelpText() {
    }

    public static String overview(List<CommandSpec> commands) {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: newskg COMMAND [OPTIONS] [ARGS]   (run one command)\n");
        sb.append("       newskg                             (the interactive shell)\n\n");
        sb.append("Commands:\n");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (CommandSpec command : commands) {
            sb.append("  ").append(pad(command.name(), width)).append("  ").append(command.summary()).append('\n');
        }
        sb.append("\nOptions of every command:\n");
        sb.append("  --help   show the command's options and an example\n");
        sb.append("  --debug  show stack traces of errors\n\n");
        sb.append("Example:\n");
        commands.stream().flatMap(c -> c.examples().stream()).limit(2)
                .forEach(e -> sb.append("  newskg ").append(e).append('\n'));
        sb.append("\nRun 'newskg COMMAND --help' for a command's options.\n");
        return sb.toString();
    }

    public static String command(CommandSpec spec) {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: newskg ").append(spec.synopsis()).append("\n\n");
        sb.append(spec.summary()).append("\n\n");
        int width = spec.options().stream().mapToInt(o -> o.synopsis().length()).max().orElse(0);
        if (spec.positional().accepted()) {
            width = Math.max(width, spec.positional().label().length());
            sb.append("  ").append(pad(spec.positional().label(), width)).append("  ")
                    .append(spec.positional().description()).append('\n');
        }
        for (OptionSpec option : spec.options()) {
            sb.append("  ").append(pad(option.synopsis(), width)).append("  ").append(option.description());
            if (option.defaultValue() != null) {
                sb.append(" (default: ").append(option.defaultValue()).append(')');
            }
            sb.append('\n');
        }
        sb.append("\nExample").append(spec.examples().size() > 1 ? "s" : "").append(":\n");
        spec.examples().forEach(e -> sb.append("  newskg ").append(e).append('\n'));
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
