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

    private static final CommandSpec TYPED = new CommandSpec("export", "typed values",
            List.of(OptionSpec.value("depth", "N", "depth").withDefault("1"), OptionSpec.value("from", "DATE", "from"),
                    OptionSpec.value("timeout", "S", "seconds").withDefault("60")),
            PositionalSpec.none(), null, List.of("export"));

    @Test
    void numbersAndDatesAreReadInOnePlaceAndBadOnesNamedAlike() {
        ParsedArguments args = ArgumentParser.parse(TYPED, List.of("--depth", " 3", "--from", "2022-02-07"));
        assertEquals(3, args.wholeNumber("depth", 0, 5, "a whole number from 0 to 5"));
        assertEquals(60.0, args.number("timeout", s -> s > 0, "a number of seconds"));
        assertEquals(java.time.LocalDate.of(2022, 2, 7), args.date("from", "a date such as 2022-02-07").orElseThrow());
        assertTrue(ArgumentParser.parse(TYPED, List.of()).date("from", "a date").isEmpty());

        ParsedArguments bad = ArgumentParser.parse(TYPED, List.of("--depth", "9", "--from", "7/2/2022", "--timeout", "NaN"));
        UsageException depth = assertThrows(UsageException.class, () -> bad.wholeNumber("depth", 0, 5, "a whole number from 0 to 5"));
        assertEquals("--depth must be a whole number from 0 to 5, not '9'", depth.getMessage());
        assertEquals("export", depth.commandName());
        assertThrows(UsageException.class, () -> bad.date("from", "a date"));
        assertThrows(UsageException.class, () -> bad.number("timeout", s -> s > 0, "a number of seconds"));
    }
}
