package org.newskg.shell.interactive;

import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.newskg.shell.cli.CommandLineText;
import org.newskg.shell.command.Commands;

/**
 * Reads entered lines with {@link CommandLineText}: an open quote, an unfinished query or a query
 * over several lines not yet ended by {@code ;} or an empty line makes JLine ask for another line
 * (with the secondary prompt) instead of running half a command.
 * Completion and highlighting keep Spring Shell's parser, which knows the word under the cursor.
 */
final class ConsoleLineParser implements Parser {

    private final Parser completing;
    private final Commands commands;
    private final AcceptedLine accepted;

    ConsoleLineParser(Parser completing, Commands commands, AcceptedLine accepted) {
        this.completing = completing;
        this.commands = commands;
        this.accepted = accepted;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
        if (context != ParseContext.ACCEPT_LINE) {
            return completing.parse(line, cursor, context);
        }
        CommandLineText.Reading reading = CommandLineText.read(line, name -> commands.named(name).map(c -> c.spec()));
        if (reading instanceof CommandLineText.Incomplete incomplete) {
            throw new EOFError(-1, -1, "incomplete input", incomplete.missing());
        }
        if (reading instanceof CommandLineText.Unterminated) {
            // psql's way: a query over several lines runs at ';' or an empty line.
            throw new EOFError(-1, -1, "query not ended", ";");
        }
        List<String> words = ((CommandLineText.Words) reading).words();
        accepted.set(words);
        boolean ours = !words.isEmpty() && commands.named(words.get(0)).isPresent();
        return new Line(line, cursor, ours ? words.subList(0, 1) : words);
    }

    /** A parsed line whose cursor is at its end: enough for running it. */
    private record Line(String line, int cursor, List<String> words) implements ParsedLine {

        @Override
        public String word() {
            return words.isEmpty() ? "" : words.get(words.size() - 1);
        }

        @Override
        public int wordCursor() {
            return word().length();
        }

        @Override
        public int wordIndex() {
            return Math.max(0, words.size() - 1);
        }
    }
}
