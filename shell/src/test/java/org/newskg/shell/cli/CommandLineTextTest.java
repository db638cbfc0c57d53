package org.newskg.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineTextTest {

    private static final CommandSpec SPARQL = new CommandSpec("sparql", "", List.of(
            OptionSpec.value("format", "FORMAT", ""), OptionSpec.value("store", "DIR", "")),
            PositionalSpec.optionalOne("QUERY", ""), null, List.of());

    private static CommandLineText.Reading read(String text) {
        return CommandLineText.read(text, name -> name.equals("sparql") ? Optional.of(SPARQL) : Optional.empty());
    }

    private static List<String> words(String text) {
        return assertInstanceOf(CommandLineText.Words.class, read(text)).words();
    }

    @Test
    void openBracesAskForMoreLines() {
        assertFalse(SparqlCompleteness.complete("SELECT ?s WHERE {"));
        assertFalse(SparqlCompleteness.complete("SELECT ?s WHERE { ?s ?p ?o . { ?s a ?t }"));
        assertTrue(SparqlCompleteness.complete("SELECT ?s WHERE {\n ?s ?p ?o\n}"));
        // The WHERE block has not begun yet.
        assertFalse(SparqlCompleteness.complete("SELECT ?name"));
        assertTrue(SparqlCompleteness.complete("DESCRIBE <http://x>"));
        assertTrue(SparqlCompleteness.complete("PREFIX ex: <http://example.org/>"));
    }

    @Test
    void bracesAndHashesInStringsIrisAndCommentsCountForNothing() {
        assertTrue(SparqlCompleteness.complete("SELECT * { ?s ?p \"{ not a brace\" }"));
        assertTrue(SparqlCompleteness.complete("SELECT * { ?s ?p '{' }"));
        assertTrue(SparqlCompleteness.complete("SELECT * { ?s <http://x.org/a#b> ?o }"));
        assertTrue(SparqlCompleteness.complete("SELECT * { ?s ?p \"# not a comment }\" }"));
        assertTrue(SparqlCompleteness.complete("SELECT * { ?s ?p ?o } # a comment {"));
        assertFalse(SparqlCompleteness.complete("SELECT * { ?s ?p ?o # } is in a comment"));
        assertTrue(SparqlCompleteness.complete("SELECT * { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }"));
        assertFalse(SparqlCompleteness.complete("SELECT * { ?s ?p \"\"\"long\n{ string"));
        assertTrue(SparqlCompleteness.complete("SELECT * { ?s ?p \"\"\"long\n{ string\"\"\" }"));
        assertTrue(SparqlCompleteness.complete("SELECT * { ?s ?p \"say \\\"}\\\"\" }"));
    }

    @Test
    void aQueryTypedOnItsOwnGoesToSparqlVerbatim() {
        String query = "SELECT ?v WHERE {\n  BIND(\"it's #1 {x}\" AS ?v) # comment\n}";
        assertEquals(List.of("sparql", query), words(query + "\n"));
    }

    @Test
    void aQueryOnOneLineRunsWhenItsBracesClose() {
        assertEquals(List.of("sparql", "SELECT * { ?s ?p ?o } LIMIT 3"), words("SELECT * { ?s ?p ?o } LIMIT 3"));
        assertEquals(List.of("sparql", "SELECT * { ?s ?p ?o } LIMIT 3"), words("SELECT * { ?s ?p ?o } LIMIT 3 ;"));
    }

    @Test
    void aQueryOverSeveralLinesRunsAtASemicolonOrAnEmptyLineAsInPsql() {
        String query = "SELECT ?name (COUNT(?a) AS ?n) WHERE {\n  ?a schema:mentions ?p . ?p schema:name ?name .\n}";
        // The closing brace alone ends nothing: a GROUP BY on the next line belongs to the query.
        assertInstanceOf(CommandLineText.Unterminated.class, read(query));
        String grouped = query + "\nGROUP BY ?name";
        assertInstanceOf(CommandLineText.Unterminated.class, read(grouped));
        assertEquals(List.of("sparql", grouped), words(grouped + ";"));
        assertEquals(List.of("sparql", grouped), words(grouped + "\n"));
        assertEquals(List.of("sparql", "--format", "csv", grouped), words("sparql --format csv " + grouped + "\n  "));
    }

    @Test
    void aSemicolonInsideBracesStringsOrCommentsEndsNothing() {
        String subjectWithTwoPredicates = "SELECT ?n WHERE {\n  ?p a schema:Person ;";
        assertInstanceOf(CommandLineText.Incomplete.class, read(subjectWithTwoPredicates));
        assertInstanceOf(CommandLineText.Unterminated.class, read(subjectWithTwoPredicates + "\n schema:name ?n }"));
        assertInstanceOf(CommandLineText.Unterminated.class, read("SELECT ?n WHERE {\n ?s ?p ?n } # done;"));
        assertInstanceOf(CommandLineText.Unterminated.class, read("SELECT ?n WHERE {\n ?s ?p \";\" }"));
        assertEquals(-1, SparqlCompleteness.terminatorAt("SELECT * { ?s ?p ?o ; }"));
        assertEquals(21, SparqlCompleteness.terminatorAt("SELECT * { ?s ?p ?o };"));
    }

    @Test
    void theQueryAfterSparqlAndItsOptionsIsTakenVerbatim() {
        assertEquals(List.of("sparql", "--format", "csv", "SELECT * { ?s ?p \"a b\" }"),
                words("sparql --format csv SELECT * { ?s ?p \"a b\" }"));
        // Quoted whole, as in a POSIX shell: the quotes go.
        assertEquals(List.of("sparql", "SELECT * { ?s ?p \"a b\" }"), words("sparql 'SELECT * { ?s ?p \"a b\" }'"));
        assertEquals(List.of("sparql", "ASK { ?s ?p \"x\" }"), words("sparql \"ASK { ?s ?p \\\"x\\\" }\""));
        assertInstanceOf(CommandLineText.Incomplete.class, read("sparql --format csv 'SELECT * {"));
        assertInstanceOf(CommandLineText.Incomplete.class, read("sparql SELECT * {"));
    }

    @Test
    void otherCommandsSplitLikeAPosixShell() {
        assertEquals(List.of("describe", "石泰峰\" } UNION { ?s ?p ?o } #"), words("describe '石泰峰\" } UNION { ?s ?p ?o } #'"));
        assertEquals(List.of("search", "a b", "c"), words("search \"a b\" c"));
        assertEquals(List.of("prefix", "ex:", "<http://e.org/#>"), words("prefix ex: <http://e.org/#>"));
        assertEquals(List.of(), words("   "));
        assertEquals("'", ((CommandLineText.Incomplete) read("describe 'open")).missing());
    }

    @Test
    void lowerCaseDescribeAndPrefixAreCommandsCapitalsAreSparql() {
        assertEquals("describe", words("describe 石泰峰").get(0));
        assertEquals(List.of("sparql", "DESCRIBE <http://x>"), words("DESCRIBE <http://x>"));
        assertEquals(List.of("sparql", "PREFIX ex: <http://x/>"), words("PREFIX ex: <http://x/>"));
        assertEquals("prefix", words("prefix ex: <http://x/>").get(0));
    }

    @Test
    void scriptsReadQueriesAcrossLinesAndSkipComments() {
        String script = "# a report\n\nprefix ex: <http://example.org/>\nSELECT ?v WHERE {\n  # inside the query\n  BIND(1 AS ?v)\n}\nstats\nsparql 'ASK {";
        List<ScriptCommands.Line> lines = ScriptCommands.parse(script,
                name -> name.equals("sparql") ? Optional.of(SPARQL) : Optional.empty());
        assertEquals(4, lines.size());
        assertEquals(3, lines.get(0).number());
        assertEquals(List.of("sparql", "SELECT ?v WHERE {\n  # inside the query\n  BIND(1 AS ?v)\n}"), lines.get(1).words());
        assertEquals(4, lines.get(1).number());
        assertEquals(List.of("stats"), lines.get(2).words());
        assertEquals("'", lines.get(3).incomplete());
    }

    @Test
    void aScriptQueryGoesOnWithTheClausesAfterItsBraceAndEndsBeforeTheNextCommand() {
        String script = "SELECT ?n (COUNT(?a) AS ?c) WHERE {\n  ?a schema:mentions ?p . ?p schema:name ?n .\n}\nGROUP BY ?n\n"
                + "ORDER BY DESC(?c)\nstats\nSELECT ?s WHERE {\n ?s ?p ?o\n}";
        List<ScriptCommands.Line> lines = ScriptCommands.parse(script,
                name -> name.equals("sparql") ? Optional.of(SPARQL) : Optional.empty());
        assertEquals(3, lines.size(), lines::toString);
        assertEquals(List.of("sparql", "SELECT ?n (COUNT(?a) AS ?c) WHERE {\n  ?a schema:mentions ?p . ?p schema:name ?n .\n}"
                + "\nGROUP BY ?n\nORDER BY DESC(?c)"), lines.get(0).words());
        assertEquals(List.of("stats"), lines.get(1).words());
        assertEquals(List.of("sparql", "SELECT ?s WHERE {\n ?s ?p ?o\n}"), lines.get(2).words());
        assertEquals(7, lines.get(2).number());
    }
}
