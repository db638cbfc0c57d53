package org.newskg.shell.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a command typed in the interactive shell or written in a script into the words a command
 * receives, or says that more lines are needed. Words are split as a POSIX shell does (single
 * quotes keep everything, double quotes allow {@code \"} and {@code \\}). A SPARQL query after
 * {@code sparql}, or typed on its own, is taken verbatim to the end of the input, so its quotes,
 * {@code #} and {@code ?} arrive untouched. As in psql, a query on one line runs when its braces
 * close; one typed over several lines runs at a {@code ;} or an empty line, so that a {@code GROUP
 * BY} on the line after the closing brace still belongs to it.
 */
public final class CommandLineText {

    /** What reading the text gave. */
    public sealed interface Reading {
    }

    /** A whole command: its words, the command's name first; empty for a blank line. */
    public record Words(List<String> words) implements Reading {
        public Words {
            words = List.copyOf(words);
        }
    }

    /** The text stops in the middle of a quote or a query: {@code missing} is what would close it. */
    public record Incomplete(String missing) implements Reading {
    }

    /**
     * A whole query typed over several lines but not ended: a console waits for {@code ;} or an
     * empty line, a script ends it where the next line does not go on with it. {@code words} are
     * what it would run.
     */
    public record Unterminated(List<String> words) implements Reading {
        public Unterminated {
            words = List.copyOf(words);
        }
    }

    private static final String SPARQL = "sparql";

    private CommandLineText() {
    }

    /**
     * @param specs the spec of a command by name, to know which of {@code sparql}'s options take a value
     */
    public static Reading read(String text, Function<String, Optional<CommandSpec>> specs) {
        if (SparqlCompleteness.looksLikeQuery(text)) {
            return query(new ArrayList<>(List.of(SPARQL)), text);
        }
        Cursor cursor = new Cursor(text);
        List<String> words = new ArrayList<>();
        cursor.skipSpace();
        if (cursor.atEnd()) {
            return new Words(words);
        }
        Word first = cursor.word();
        if (first.missing != null) {
            return new Incomplete(first.missing);
        }
        words.add(first.text);
        if (first.text.equals(SPARQL)) {
            return sparql(words, cursor, specs.apply(SPARQL).orElse(null));
        }
        while (true) {
            cursor.skipSpace();
            if (cursor.atEnd()) {
                return new Words(words);
            }
            Word w = cursor.word();
            if (w.missing != null) {
                return new Incomplete(w.missing);
            }
            words.add(w.text);
        }
    }

    private static Reading sparql(List<String> words, Cursor cursor, CommandSpec spec) {
        while (true) {
            cursor.skipSpace();
            if (cursor.atEnd() || !cursor.rest().startsWith("-")) {
                break;
            }
            Word option = cursor.word();
            if (option.missing != null) {
                return new Incomplete(option.missing);
            }
            words.add(option.text);
            if (option.text.equals("--")) {
                break;
            }
            if (takesValue(spec, option.text)) {
                cursor.skipSpace();
                if (cursor.atEnd()) {
                    break;
                }
                Word value = cursor.word();
                if (value.missing != null) {
                    return new Incomplete(value.missing);
                }
                words.add(value.text);
            }
        }
        String raw = cursor.rest();
        String rest = raw.strip();
        if (rest.isEmpty()) {
            return new Words(words);
        }
        char q = rest.charAt(0);
        if (q == '\'' || q == '"') {
            Cursor quoted = new Cursor(rest);
            Word w = quoted.word();
            if (w.missing != null) {
                return new Incomplete(w.missing);
            }
            // 'SELECT …' quoted whole, as in a POSIX shell; anything else is the query itself.
            if (quoted.atEnd() && quoted.lastWordWasOneQuote) {
                words.add(w.text);
                return new Words(words);
            }
        }
        return query(words, raw);
    }

    private static Reading query(List<String> words, String raw) {
        String query = raw.strip();
        Optional<String> missing = SparqlCompleteness.missing(query);
        if (missing.isPresent()) {
            return new Incomplete(missing.get());
        }
        int terminator = SparqlCompleteness.terminatorAt(query);
        if (terminator >= 0) {
            words.add(query.substring(0, terminator).strip());
            return new Words(words);
        }
        words.add(query);
        if (query.indexOf('\n') < 0 || endsWithEmptyLine(raw)) {
            return new Words(words);
        }
        return new Unterminated(words);
    }

    private static boolean endsWithEmptyLine(String text) {
        int lastBreak = text.lastIndexOf('\n');
        return lastBreak >= 0 && text.substring(lastBreak + 1).isBlank();
    }

    private static boolean takesValue(CommandSpec spec, String option) {
        if (spec == null || !option.startsWith("--") || option.contains("=")) {
            return false;
        }
        return spec.option(option.substring(2)).map(OptionSpec::takesValue).orElse(false);
    }

    private record Word(String text, String missing) {
    }

    /** Reads shell words from a position in the text. */
    private static final class Cursor {
        private final String text;
        private int pos;
        private boolean lastWordWasOneQuote;

        Cursor(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        String rest() {
            return text.substring(pos);
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        Word word() {
            StringBuilder sb = new StringBuilder();
            int quotes = 0;
            boolean unquotedText = false;
            while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
                char c = text.charAt(pos);
                if (c == '\'') {
                    int end = text.indexOf('\'', pos + 1);
                    if (end < 0) {
                        return new Word(null, "'");
                    }
                    sb.append(text, pos + 1, end);
                    pos = end + 1;
                    quotes++;
                } else if (c == '"') {
                    pos++;
                    boolean closed = false;
                    while (pos < text.length()) {
                        char d = text.charAt(pos);
                        if (d == '\\' && pos + 1 < text.length() && (text.charAt(pos + 1) == '"' || text.charAt(pos + 1) == '\\')) {
                            sb.append(text.charAt(pos + 1));
                            pos += 2;
                        } else if (d == '"') {
                            pos++;
                            closed = true;
                            break;
                        } else {
                            sb.append(d);
                            pos++;
                        }
                    }
                    if (!closed) {
                        return new Word(null, "\"");
                    }
                    quotes++;
                } else if (c == '\\') {
                    if (pos + 1 >= text.length()) {
                        // A backslash at the end continues the command on the next line.
                        return new Word(null, "\\");
                    }
                    char next = text.charAt(pos + 1);
                    if (next != '\n') {
                        sb.append(next);
                    }
                    pos += 2;
                    unquotedText = true;
                } else {
                    sb.append(c);
                    pos++;
                    unquotedText = true;
                }
            }
            lastWordWasOneQuote = quotes == 1 && !unquotedText;
            return new Word(sb.toString(), null);
        }
    }
}
