package org.newskg.shell.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether SPARQL text typed so far is a whole query or needs more lines: braces still
 * open, a long string ({@code """…"""}) still open, or a SELECT, ASK or CONSTRUCT whose
 * {@code WHERE} block has not begun; and where a {@code ;} ends a query as in psql. Aware of
 * strings, IRIs and comments, so a {@code #}, {@code ;} or {@code {} inside {@code <http://…#x>} or
 * {@code "…"} counts for nothing.
 */
public final class SparqlCompleteness {

    // A query form whose pattern is still to come: "SELECT ?name" on one line, "WHERE {" on the next.
    private static final Pattern NEEDS_BLOCK = Pattern.compile("(?i)\\b(SELECT|ASK|CONSTRUCT|WHERE)\\b");

    private SparqlCompleteness() {
    }

    /** What is still missing ({@code "}"}, {@code """}, {@code "{"}); empty when the text is complete. */
    public static Optional<String> missing(String text) {
        Scan scan = scan(text);
        if (scan.openString() != null) {
            // A short string cannot span lines: more input would not close it; let the parser say so.
            return scan.openString().length() == 1 ? Optional.empty() : Optional.of(scan.openString());
        }
        if (scan.depth() > 0) {
            return Optional.of("}");
        }
        if (!scan.sawBrace() && NEEDS_BLOCK.matcher(scan.code()).find()) {
            return Optional.of("{");
        }
        return Optional.empty();
    }

    /**
     * Where the {@code ;} that ends a whole query stands (the last character of the text that is
     * neither space nor comment, outside every brace, string and IRI), or -1 when there is none.
     * Inside braces {@code ;} is SPARQL's own (a subject's next predicate) and ends nothing.
     */
    public static int terminatorAt(String text) {
        Scan scan = scan(text);
        if (scan.openString() != null || scan.depth() > 0 || scan.lastCode() < 0) {
            return -1;
        }
        return text.charAt(scan.lastCode()) == ';' && scan.depthAtLastCode() == 0 ? scan.lastCode() : -1;
    }

    /**
     * The text read as SPARQL: brace depth at its end, whether a brace was seen, its code without
     * strings, IRIs and comments, the quote of a string left open, and where its last code character is.
     */
    private record Scan(int depth, boolean sawBrace, CharSequence code, String openString, int lastCode,
                        int depthAtLastCode) {
    }

    private static Scan scan(String text) {
        int depth = 0;
        boolean sawBrace = false;
        int lastCode = -1;
        int depthAtLastCode = 0;
        StringBuilder code = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '#') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? n : eol;
                continue;
            }
            if (c == '<') {
                int end = iriEnd(text, i);
                if (end > 0) {
                    lastCode = end;
                    depthAtLastCode = depth;
                    i = end + 1;
                    code.append(' ');
                    continue;
                }
            }
            if (c == '"' || c == '\'') {
                boolean longString = text.startsWith(String.valueOf(c).repeat(3), i);
                int end = stringEnd(text, i, c, longString);
                if (end < 0) {
                    return new Scan(depth, sawBrace, code, String.valueOf(c).repeat(longString ? 3 : 1), -1, depth);
                }
                lastCode = end - 1;
                depthAtLastCode = depth;
                i = end;
                code.append(' ');
                continue;
            }
            if (c == '{') {
                depth++;
                sawBrace = true;
            } else if (c == '}') {
                depth--;
            }
            if (!Character.isWhitespace(c)) {
                lastCode = i;
                depthAtLastCode = depth;
            }
            code.append(c);
            i++;
        }
        return new Scan(depth, sawBrace, code, null, lastCode, depthAtLastCode);
    }

    public static boolean complete(String text) {
        return missing(text).isEmpty();
    }

    /** Whether the text begins like a SPARQL query or prologue rather than a newskg command. */
    public static boolean looksLikeQuery(String text) {
        String first = firstWord(text);
        String upper = first.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "SELECT", "ASK", "CONSTRUCT", "BASE" -> true;
            // 'prefix' and 'describe' in lower case are newskg commands; the keywords are written in capitals.
            case "PREFIX", "DESCRIBE" -> first.equals(upper);
            default -> false;
        };
    }

    private static String firstWord(String text) {
        String t = text.stripLeading();
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != '{' && t.charAt(end) != '*') {
            end++;
        }
        return t.substring(0, end);
    }

    // An IRIREF is '<' then no spaces, quotes, braces or '<' up to '>'; otherwise '<' is less-than.
    private static int iriEnd(String text, int start) {
        for (int j = start + 1; j < text.length(); j++) {
            char d = text.charAt(j);
            if (d == '>') {
                return j;
            }
            if (d <= ' ' || d == '<' || d == '"' || d == '{' || d == '}' || d == '|' || d == '^' || d == '`' || d == '\\') {
                return -1;
            }
        }
        return -1;
    }

    /** The index just after the closing quote, or -1 when the string is not closed. */
    private static int stringEnd(String text, int start, char quote, boolean longString) {
        int j = start + (longString ? 3 : 1);
        while (j < text.length()) {
            char d = text.charAt(j);
            if (d == '\\') {
                j += 2;
                continue;
            }
            if (longString) {
                if (text.startsWith(String.valueOf(quote).repeat(3), j)) {
                    return j + 3;
                }
            } else if (d == quote) {
                return j + 1;
            } else if (d == '\n') {
                return -1;
            }
            j++;
        }
        return -1;
    }
}
