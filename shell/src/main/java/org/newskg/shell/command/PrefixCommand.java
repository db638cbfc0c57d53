package org.newskg.shell.command;

import java.util.List;
import java.util.Map;
import org.newskg.extractor.UserInputException;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.Session;
import org.newskg.shell.console.SessionPrefixes;

/** {@code prefix}: declares a SPARQL prefix for the rest of the session, or lists the prefixes in force. */
public final class PrefixCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "prefix",
            "declare a SPARQL prefix for later queries in this session or script (no argument: list them)",
            List.of(),
            new PositionalSpec("NAME: <IRI>", "the prefix and its namespace", 0, 2),
            null,
            List.of("prefix ex: <http://example.org/>", "prefix"));

    private final Session session;

    public PrefixCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        List<String> words = args.positionals();
        if (words.isEmpty()) {
            Map<String, String> declared = session.prefixes().declared();
            session.prefixes().all().forEach((p, ns) -> console.out().println(
                    "PREFIX " + p + ": <" + ns + ">" + (declared.containsKey(p) ? "   # this session" : "")));
            return ExitStatus.OK;
        }
        // "ex: <http://…>" is one word or two, depending on the space after the colon.
        String declaration = "PREFIX " + String.join(" ", words);
        Map<String, String> parsed = SessionPrefixes.declarationsOnly(declaration)
                .orElseThrow(() -> new UserInputException("write a prefix as: prefix ex: <http://example.org/>"));
        session.prefixes().declareAll(parsed);
        console.err().println("declared for this session: " + String.join(" ", parsed.keySet().stream().map(p -> p + ":").toList()));
        return ExitStatus.OK;
    }
}
