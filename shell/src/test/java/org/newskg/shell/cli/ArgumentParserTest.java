package org.newskg.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {

    private static final CommandSpec INGEST = new CommandSpec("ingest", "read pages",
            List.of(OptionSpec.value("store", "DIR", "store").withDefault("newskg-store"),
                    OptionSpec.value("format", "F", "format").withChoices(List.of("a", "b"))),
            PositionalSpec.oneOrMore("PATH", "files"), null, List.of("ingest x"));

    @Test
    void separateAndInlineValuesAndDefaults() {
        ParsedArguments args = ArgumentParser.parse(INGEST, List.of("p1", "--format=b", "p 2"));

        assertEquals("b", args.value("format").orElseThrow());
        assertEquals("newskg-store", args.value("store").orElseThrow());
        assertEquals(List.of("p1", "p 2"), args.positionals());
    }

    @Test
    void doubleDashEndsOptions() {
        ParsedArguments args = ArgumentParser.parse(INGEST, List.of("--", "--store"));

        assertEquals(List.of("--store"), args.positionals());
    }

    @Test
    void valuesMayLookLikeAnything() {
        ParsedArguments args = ArgumentParser.parse(INGEST, List.of("--store", "--odd dir", "x"));

        assertEquals("--odd dir", args.value("store").orElseThrow());
    }

    @Test
    void mistakesAreUsageErrors() {
        assertThrows(UsageException.class, () -> ArgumentParser.parse(INGEST, List.of("--nope", "x")));
        assertThrows(UsageException.class, () -> ArgumentParser.parse(INGEST, List.of("x", "--store")));
        assertThrows(UsageException.class, () -> ArgumentParser.parse(INGEST, List.of("--format", "c", "x")));
        assertThrows(UsageException.class, () -> ArgumentParser.parse(INGEST, List.of("--store", "s")));
        UsageException twice = assertThrows(UsageException.class,
                () -> ArgumentParser.parse(INGEST, List.of("--store", "a", "--store", "b", "x")));
        assertTrue(twice.getMessage().contains("twice"));
    }

    @Test
    void helpNeedsNoPositionals() {
        assertTrue(ArgumentParser.parse(INGEST, List.of("--help")).flag(ArgumentParser.HELP));
    }
}
