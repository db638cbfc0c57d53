package org.newskg.extractor.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.extractor.UserInputException;

/**
 * The {@code manifest.csv} beside a set of pages: one line {@code file,paper,date} per page,
 * after a header line. An empty paper or date cell means "not known".
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.csv";

    /** What the manifest says about one file; either value may be null. */
    public record Entry(String file, String paper, LocalDate date) { }

    private final Map<String, Entry> entries;

    private Manifest(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The manifest in {@code directory}, or empty when there is none. */
    public static Optional<Manifest> inDirectory(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    public static Manifest read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UserInputException(file + " is not UTF-8; save the manifest as UTF-8.", e);
        } catch (IOException e) {
            throw new UserInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = stripBom(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            Entry entry = parseLine(file, i + 1, line);
            if (entries.putIfAbsent(entry.file(), entry) != null) {
                throw new UserInputException(file + " line " + (i + 1) + ": " + entry.file()
                        + " is listed twice; keep one line per file.");
            }
        }
        return new Manifest(entries);
    }

    public Optional<Entry> entryFor(String fileName) {
        return Optional.ofNullable(entries.get(fileName));
    }

    public int size() {
        return entries.size();
    }

    private static Entry parseLine(Path file, int lineNumber, String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 3 || cells[0].isBlank()) {
            throw new UserInputException(file + " line " + lineNumber + ": expected file,paper,date but found \""
                    + line + "\"; fix or remove that line.");
        }
        String paper = cells[1].strip();
        String dateCell = cells[2].strip();
        LocalDate date = null;
        if (!dateCell.isEmpty()) {
            try {
                date = LocalDate.parse(dateCell);
            } catch (DateTimeParseException e) {
                throw new UserInputException(file + " line " + lineNumber + ": \"" + dateCell
                        + "\" is not a date; write it as YYYY-MM-DD.", e);
            }
        }
        return new Entry(cells[0].strip(), paper.isEmpty() ? null : paper, date);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
