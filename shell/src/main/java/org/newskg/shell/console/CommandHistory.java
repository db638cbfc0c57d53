package org.newskg.shell.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the interactive shell's history file, written by JLine: one command a line, optionally
 * {@code millis:} before it, with backslash, newline and carriage return escaped.
 */
public final class CommandHistory {

    /** Where the interactive shell keeps its history. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".newskg_history");
    }

    private CommandHistory() {
    }

    public static List<String> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<String> commands = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String entry = colon > 0 && line.substring(0, colon).chars().allMatch(Character::isDigit) ? line.substring(colon + 1) : line;
            if (!entry.isBlank()) {
                commands.add(unescape(entry));
            }
        }
        return commands;
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
