package org.newskg.shell.format;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/** SELECT results as an aligned text table; columns are measured in terminal cells, not chars. */
public final class ResultTable {

    private final TermText termText;

    public ResultTable(TermText termText) {
        this.termText = termText;
    }

    /** Prints the table and returns the number of rows. */
    public int print(ResultSet rows, PrintStream out) {
        List<String> vars = rows.getResultVars();
        List<String[]> cells = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String[] line = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                line[i] = termText.of(row.get(vars.get(i)));
            }
            cells.add(line);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            widths[i] = DisplayWidth.of(vars.get(i));
            for (String[] line : cells) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(line[i]));
            }
        }
        String[] header = vars.toArray(String[]::new);
        out.println(line(header, widths));
        out.println(rule(widths));
        cells.forEach(line -> out.println(line(line, widths)));
        return cells.size();
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
