package org.newskg.shell.interactive;

import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.newskg.extractor.store.Stores;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.command.Commands;
import org.newskg.shell.command.ShellCommand;
import org.newskg.shell.console.Session;

/**
 * Completes our commands' options and values, entity names from the store for describe, search and
 * timeline, and prefixes and keywords in queries. Command names and Spring Shell's own commands
 * are left to Spring Shell's completer.
 */
final class ConsoleCompleter implements Completer {

    private static final List<String> KEYWORDS = List.of("SELECT", "DISTINCT", "WHERE", "FILTER", "OPTIONAL", "UNION",
            "GRAPH", "ORDER BY", "GROUP BY", "LIMIT", "CONTAINS", "COUNT", "PREFIX", "ASK", "CONSTRUCT");

    private final Completer spring;
    private final Commands commands;
    private final Session session;
    private final EntityNameCompletion names;

    ConsoleCompleter(Completer spring, Commands commands, Session session, EntityNameCompletion names) {
        this.spring = spring;
        this.commands = commands;
        this.session = session;
        this.names = names;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        Optional<ShellCommand> command = words.isEmpty() ? Optional.empty() : commands.named(words.get(0));
        if (line.wordIndex() == 0 || command.isEmpty()) {
            if (line.wordIndex() > 0 && !words.isEmpty() && words.get(0).matches("(?i)SELECT|ASK|CONSTRUCT|PREFIX")) {
                query(candidates);
                return;
            }
            spring.complete(reader, line, candidates);
            return;
        }
        CommandSpec spec = command.get().spec();
        String current = line.word();
        String previous = line.wordIndex() > 0 ? words.get(line.wordIndex() - 1) : "";
        Optional<OptionSpec> valueOf = previous.startsWith("--") ? spec.option(previous.substring(2)).filter(OptionSpec::takesValue)
                : Optional.empty();
        if (valueOf.isPresent()) {
            OptionSpec option = valueOf.get();
            List<String> values = !option.choices().isEmpty() ? option.choices()
                    : option.valueLabel().matches("DIR|FILE|SCRIPT") ? PathCompletion.candidates(current) : List.of();
            values.forEach(v -> candidates.add(new Candidate(v, v, null, null, null, null, !v.endsWith("/"))));
            return;
        }
        if (current.startsWith("-")) {
            for (OptionSpec option : spec.options()) {
                candidates.add(new Candidate("--" + option.name(), "--" + option.name(), "options", option.description(), null, null, true));
            }
            candidates.add(new Candidate("--help", "--help", "options", "show usage and an example", null, null, true));
            return;
        }
        switch (spec.name()) {
            case "describe", "timeline", "search" -> names.names(store(words)).forEach(
                    n -> candidates.add(new Candidate(n, n, "names", null, null, null, true)));
            case "sparql" -> query(candidates);
            case "ingest", "run" -> PathCompletion.candidates(current).forEach(
                    p -> candidates.add(new Candidate(p, p, null, null, null, null, !p.endsWith("/"))));
            default -> {
            }
        }
    }

    private void query(List<Candidate> candidates) {
        // "schema:" completes without a space after it, so the local name can follow.
        session.prefixes().all().forEach((p, ns) -> candidates.add(new Candidate(p + ":", p + ":", "prefixes", ns, null, null, false)));
        KEYWORDS.forEach(k -> candidates.add(new Candidate(k, k, "keywords", null, null, null, true)));
    }

    private String store(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("--store") && i + 1 < words.size()) {
                return words.get(i + 1);
            }
            if (words.get(i).startsWith("--store=")) {
                return words.get(i).substring("--store=".length());
            }
        }
        return session.defaultStore() != null ? session.defaultStore() : Stores.DEFAULT_LOCATION;
    }
}
