package org.newskg.shell.format;

import java.io.PrintStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.ontology.Prefixes;

/** Prints any query outcome: rows and booleans in the chosen format, triples as Turtle. */
public final class QueryOutcomePrinter {

    private final ResultFormat format;

    public QueryOutcomePrinter(ResultFormat format) {
        this.format = format;
    }

    /** Prints the outcome to {@code out}; a row count for people goes to {@code note}. */
    public void print(QueryOutcome outcome, PrintStream out, PrintStream note) {
        // Java 17 has no pattern switch; the interface is sealed, so these three cases are all.
        if (outcome instanceof QueryOutcome.Select select) {
            if (format == ResultFormat.TABLE) {
                int rows = new ResultTable(new TermText(Prefixes.standard())).print(select.rows(), out);
                note.println(rows + (rows == 1 ? " row" : " rows"));
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
        }
        out.flush();
    }
}
