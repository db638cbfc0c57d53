package org.newskg.shell.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Splits a script into its commands, read as the interactive shell reads typed lines. */
public final class ScriptCommands {

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
