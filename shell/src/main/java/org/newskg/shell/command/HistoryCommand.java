package org.newskg.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.CommandHistory;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;

/** {@code history}: the commands typed in earlier interactive sessions and this one. */
public final class HistoryCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "history",
            "list the commands typed in the interactive shell (kept in ~/.newskg_history)",
            List.of(LimitOption.spec("commands, the latest", "20"),
                    OptionSpec.value("grep", "TEXT", "only commands containing TEXT")),
            PositionalSpec.none(),
            null,
            List.of("history", "history --limit 0 --grep describe"));

    private final Path file;

    public HistoryCommand(Path file) {
        this.file = file;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) throws IOException {
        int limit = LimitOption.value(args, SPEC.name());
        String grep = args.value("grep").orElse(null);
        List<String> all = CommandHistory.read(file);
        int number = 0;
        List<String[]> numbered = new java.util.ArrayList<>();
        for (String command : all) {
            number++;
            if (grep == null || command.contains(grep)) {
                numbered.add(new String[] {Integer.toString(number), command});
            }
        }
        List<String[]> shown = limit > 0 && numbered.size() > limit ? numbered.subList(numbered.size() - limit, numbered.size()) : numbered;
        int width = Integer.toString(Math.max(number, 1)).length();
        for (String[] entry : shown) {
            // A multi-line query keeps its lines, indented under its number.
            String body = entry[1].replace("\n", "\n" + " ".repeat(width + 4));
            console.out().printf("%" + width + "s    %s%n", entry[0], body);
        }
        return ExitStatus.OK;
    }
}
