package org.newskg.shell.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.newskg.ontology.Prefixes;

class ResultTableTest {

    @Test
    void chineseTextTakesTwoColumnsPerCharacter() {
        assertEquals(10, DisplayWidth.of("呼和浩特市"));
        assertEquals(3, DisplayWidth.of("（1"));
        assertEquals(3, DisplayWidth.of("abc"));
    }

    @Test
    void columnsLineUpWhenCellsMixChineseAndLatin() {
        List<String> lines = render("SELECT ?name ?kind WHERE { VALUES (?name ?kind) {"
                + " (\"呼和浩特市\" <http://schema.org/AdministrativeArea>)"
                + " (\"Ulanqab\" <http://schema.org/Place>)"
                + " (\"石泰峰\" \"人\") } }");

        assertEquals("name       | kind", lines.get(0));
        int bar = DisplayWidth.of("呼和浩特市 ");
        for (String line : lines.subList(2, lines.size())) {
            int at = line.indexOf('|');
            assertEquals(bar, DisplayWidth.of(line.substring(0, at)), line);
        }
        assertEquals("呼和浩特市 | schema:AdministrativeArea", lines.get(2));
        assertEquals("石泰峰     | 人", lines.get(4));
    }

    @Test
    void lineBreaksInValuesDoNotBreakRows() {
        List<String> lines = render("SELECT ?t WHERE { BIND(\"a\\nb\" AS ?t) }");

        assertEquals(3, lines.size());
        assertEquals("a⏎b", lines.get(2));
    }

    private static List<String> render(String query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecutionFactory.create(query, ModelFactory.createDefaultModel())) {
            ResultSet rows = qe.execSelect();
            new ResultTable(new TermText(Prefixes.standard())).print(rows, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
