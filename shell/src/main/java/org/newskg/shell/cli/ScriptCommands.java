package org.newskg.shell.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Splits a script into its commands, read as the interactive shell reads typed lines. A query over
 * several lines ends at {@code ;}, at an empty line, or where the next line does not go on with
 * it (a solution modifier such as {@code GROUP BY} or {@code LIMIT} goes on with it).
 */
public final class ScriptCommands {

    /** What may follow a query's closing brace on a line of its own. */
    private static final Pattern GOES_ON = Pattern.compile("(?i)^(GROUP|HAVING|ORDER|LIMIT|OFFSET|VALUES)\\b|^;");

    /**
     * One command of a script.
     *
     * @param number     the line it starts on, from 1
     * @param words      its words, the command's name first
     * @param incomplete what would close it when the file ends inside it; null otherwise
     */
    public record Line(int number, List<String> words, String incomplete) {
    }

    private ScriptCommands() {
    }

    public static List<Line> parse(String script, Function<String, Optional<CommandSpec>> specs) {
        List<Line> commands = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int start = 0;
        String[] lines = script.split("\\R", -1);
        String missing = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // Between commands, '#' lines are comments; inside a query they are SPARQL's own comments.
            if (pending.length() == 0 && (line.isBlank() || line.stripLeading().startsWith("#"))) {
                continue;
            }
            if (pending.length() == 0) {
                start = i + 1;
            } else {
                pending.append('\n');
            }
            pending.append(line);
            CommandLineText.Reading reading = CommandLineText.read(pending.toString(), specs);
            if (reading instanceof CommandLineText.Incomplete incomplete) {
                missing = incomplete.missing();
                continue;
            }
            if (reading instanceof CommandLineText.Unterminated unterminated) {
                if (i + 1 < lines.length && GOES_ON.matcher(lines[i + 1].strip()).find()) {
                    missing = ";";
                    continue;
                }
                reading = new CommandLineText.Words(unterminated.words());
            }
            List<String> words = ((CommandLineText.Words) reading).words();
            if (!words.isEmpty()) {
                commands.add(new Line(start, words, null));
            }
            pending.setLength(0);
            missing = null;
        }
        if (pending.length() > 0) {
            commands.add(new Line(start, List.of(), missing));
        }
        return commands;
    }
}
