package org.newskg.shell.format;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.ontology.Prefixes;

/** Prints any query outcome: rows and booleans in the chosen format, triples as Turtle. */
public final class QueryOutcomePrinter {

    private final ResultFormat format;
    private final int limit;
    private final Pager pager;

    public QueryOutcomePrinter(ResultFormat format) {
        this(format, 0, Pager.NEVER);
    }

    /**
     * @param limit the most table rows to print (0: all); csv, tsv and json always get every row,
     *              since a program reads them
     */
    public QueryOutcomePrinter(ResultFormat format, int limit, Pager pager) {
        this.format = format;
        this.limit = limit;
        this.pager = pager;
    }

    /** Prints the outcome to {@code out}; a row count for people goes to {@code note}. */
    public void print(QueryOutcome outcome, PrintStream out, PrintStream note) {
        print(outcome, out, note, null);
    }

    /** As {@link #print(QueryOutcome, PrintStream, PrintStream)}, with the time the query took in the note. */
    public void print(QueryOutcome outcome, PrintStream out, PrintStream note, Duration elapsed) {
        // Java 17 has no pattern switch; the interface is sealed, so these three cases are all.
        if (outcome instanceof QueryOutcome.Select select) {
            if (format == ResultFormat.TABLE) {
                TextColumns.Printed printed = new ResultTable(new TermText(Prefixes.standard()))
                        .print(select.rows(), out, limit, pager);
                note.println(rowCount(printed) + time(elapsed));
            } else {
                ResultSetMgr.write(out, select.rows(), format.standardLang());
            }
        } else if (outcome instanceof QueryOutcome.Ask ask) {
            if (format == ResultFormat.TABLE) {
                out.println(ask.answer());
            } else {
                ResultSetMgr.write(out, ask.answer(), format.standardLang());
            }
        } else if (outcome instanceof QueryOutcome.Triples triples) {
            RDFDataMgr.write(out, triples.model(), RDFFormat.TURTLE_PRETTY);
            if (format == ResultFormat.TABLE) {
                note.println(triples.model().size() + " triples" + time(elapsed));
            }
        }
        out.flush();
        note.flush();
    }

    static String rowCount(TextColumns.Printed printed) {
        String rows = printed.total() + (printed.total() == 1 ? " row" : " rows");
        if (!printed.cut()) {
            return rows;
        }
        return rows + " (" + printed.shown() + " shown; --limit 0 shows all)";
    }

    static String time(Duration elapsed) {
        return elapsed == null ? "" : String.format(Locale.ROOT, " in %.3f s", elapsed.toNanos() / 1e9);
    }
}
