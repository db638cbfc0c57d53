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
 *
 * <p>A malformed line spoils only the file it names: that file is refused with the line's
 * problem, and the files on good lines keep their metadata. A malformed line that names no file
 * could have been meant for any file the manifest does not list, so those files are refused.
 * A manifest that cannot be read at all refuses every file beside it.
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.csv";

    /** What the manifest says about one file; either value may be null. */
    public record Entry(String file, String paper, LocalDate date) { }

    private final Map<String, Entry> entries;
    /** File name → what is wrong with its line. */
    private final Map<String, String> problems;
    /** What is wrong with a line that names no file, or null. */
    private final String unattributedProblem;

    private Manifest(Map<String, Entry> entries, Map<String, String> problems, String unattributedProblem) {
        this.entries = Map.copyOf(entries);
        this.problems = Map.copyOf(problems);
        this.unattributedProblem = unattributedProblem;
    }

    /** The manifest in {@code directory}, or empty when there is none. */
    public static Optional<Manifest> inDirectory(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Reads a manifest; throws only when the file as a whole cannot be read. */
    public static Manifest read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UserInputException(file + " is not UTF-8; save the manifest as UTF-8.", e);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage()
                    + "; check its permissions, or remove it", e);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        String unattributed = null;
        for (int i = 1; i < lines.size(); i++) {
            String line = stripBom(lines.get(i)).strip();
            if (line.isEmpty() || line.replace(",", "").isBlank()) {
                continue;
            }
            String name = line.split(",", -1)[0].strip();
            try {
                Entry entry = parseLine(file, i + 1, line);
                if (problems.containsKey(entry.file())) {
                    continue;
                }
                if (entries.putIfAbsent(entry.file(), entry) != null) {
                    entries.remove(entry.file());
                    problems.put(entry.file(), file + " line " + (i + 1) + ": " + entry.file()
                            + " is listed twice; keep one line per file.");
                }
            } catch (UserInputException e) {
                if (name.isEmpty()) {
                    unattributed = unattributed == null ? e.getMessage() : unattributed;
                } else {
                    entries.remove(name);
                    problems.putIfAbsent(name, e.getMessage());
                }
            }
        }
        return new Manifest(entries, problems, unattributed);
    }

    /**
     * What the manifest says about the file: empty when it does not list it.
     *
     * @throws UserInputException when the file's line (or a line naming no file) is malformed
     */
    public Optional<Entry> entryFor(String fileName) {
        String problem = problems.get(fileName);
        if (problem != null) {
            throw new UserInputException(problem);
        }
        Entry entry = entries.get(fileName);
        if (entry == null && unattributedProblem != null) {
            throw new UserInputException(unattributedProblem);
        }
        return Optional.ofNullable(entry);
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
