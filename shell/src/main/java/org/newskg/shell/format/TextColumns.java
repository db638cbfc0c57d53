package org.newskg.shell.format;

import java.io.PrintStream;
import java.util.List;

/**
 * Rows of text as aligned columns, measured in terminal cells so Chinese lines up, printed a page
 * at a time and cut at a row limit.
 */
public final class TextColumns {

    /** How many rows there were and how many were printed. */
    public record Printed(int total, int shown) {

        public boolean cut() {
            return shown < total;
        }
    }

    private TextColumns() {
    }

    /**
     * @param limit the most rows to print; 0 or less prints all
     */
    public static Printed print(List<String> header, List<String[]> rows, PrintStream out, int limit, Pager pager) {
        int columns = header.size();
        int wanted = limit > 0 ? Math.min(limit, rows.size()) : rows.size();
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = DisplayWidth.of(header.get(i));
            // Only the rows printed decide the widths: a long cut-off row must not widen the table.
            for (String[] row : rows.subList(0, wanted)) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
            }
        }
        out.println(line(header.toArray(String[]::new), widths));
        out.println(rule(widths));
        int page = pager.pageSize();
        int shown = 0;
        for (String[] row : rows.subList(0, wanted)) {
            if (page > 0 && shown > 0 && shown % page == 0) {
                out.flush();
                if (!pager.more(shown, rows.size())) {
                    break;
                }
            }
            out.println(line(row, widths));
            shown++;
        }
        out.flush();
        return new Printed(rows.size(), shown);
    }

    private static String line(String[] values, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            // The last column is not padded: trailing spaces only make copied text dirty.
            sb.append(i == values.length - 1 ? values[i] : DisplayWidth.padRight(values[i], widths[i]));
        }
        return sb.toString();
    }

    private static String rule(int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                sb.append("-+-");
            }
            sb.append("-".repeat(widths[i]));
        }
        return sb.toString();
    }
}
