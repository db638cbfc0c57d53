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

    /** Prints the whole table and returns the number of rows. */
    public int print(ResultSet rows, PrintStream out) {
        return print(rows, out, 0, Pager.NEVER).total();
    }

    /** Prints at most {@code limit} rows (0: all), pausing as the pager says. */
    public TextColumns.Printed print(ResultSet rows, PrintStream out, int limit, Pager pager) {
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
        return TextColumns.print(vars, cells, out, limit, pager);
    }
}
