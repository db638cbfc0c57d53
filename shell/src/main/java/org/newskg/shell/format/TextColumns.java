package org.newskg.shell.format;

import java.io.PrintStream;
import java.util.List;

/**
 * Rows of text as aligned columns, measured in terminal cells so Chinese lines up, printed a page
 * at a time and cut at a row limit. When the pager knows the terminal's width, the widest columns
 * give way until the table fits, and cells longer than their column end in … (csv and json keep
 * every value whole).
 */
public final class TextColumns {

    /** How many rows there were and how many were printed. */
    public record Printed(int total, int shown) {

        public boolean cut() {
            return shown < total;
        }
    }

    /** A column narrowed to fit keeps at least this many cells (or its header, or its widest value if less). */
    private static final int NARROWEST = 8;
    private static final String SEPARATOR = " | ";

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
        fit(widths, header, pager.width());
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

    /** Narrows the widest columns, one cell at a time, until the table fits {@code width} (0: no limit). */
    static void fit(int[] widths, List<String> header, int width) {
        if (width <= 0) {
            return;
        }
        int[] narrowest = new int[widths.length];
        int total = SEPARATOR.length() * (widths.length - 1);
        for (int i = 0; i < widths.length; i++) {
            narrowest[i] = Math.min(widths[i], Math.max(NARROWEST, DisplayWidth.of(header.get(i))));
            total += widths[i];
        }
        while (total > width) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] > narrowest[i] && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return; // as narrow as the columns go: the terminal wraps the rest
            }
            widths[widest]--;
            total--;
        }
    }

    private static String line(String[] values, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            String value = DisplayWidth.cut(values[i], widths[i]);
            // The last column is not padded: trailing spaces only make copied text dirty.
            sb.append(i == values.length - 1 ? value : DisplayWidth.padRight(value, widths[i]));
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
