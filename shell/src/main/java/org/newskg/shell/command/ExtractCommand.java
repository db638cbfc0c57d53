package org.newskg.shell.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.MentionExtraction;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.source.SourceReader;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;

/** {@code extract}: the mentions found in one file, one JSON object a line; writes no store. */
public final class ExtractCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "extract",
            "print the mentions found in a file as JSON lines (offsets in code points of the input); writes nothing",
            List.of(OptionSpec.flag("lines", "treat each input line as a separate text; objects carry \"line\""),
                    OptionSpec.value("paper", "NAME", "newspaper the text comes from (its conventions apply)"),
                    OptionSpec.value("date", "YYYY-MM-DD", "publication date relative dates count from")),
            PositionalSpec.oneOrMore("FILE", "text file to read"),
            null,
            List.of("extract page.txt", "extract --lines --paper 内蒙古日报 sentences.txt"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        String paper = args.value("paper").orElse(null);
        LocalDate date = args.date("date", "a date such as 2024-02-07").orElse(null);
        SourceMetadata metadata = new SourceMetadata(paper, date,
                paper == null ? SourceMetadata.Basis.UNKNOWN : SourceMetadata.Basis.OPTION,
                date == null ? SourceMetadata.Basis.UNKNOWN : SourceMetadata.Basis.OPTION);
        MentionExtraction extraction = new MentionExtraction(Extractor.standard());
        for (String file : args.positionals()) {
            Source source = new SourceReader().read(Path.of(file), metadata);
            List<MentionExtraction.Located> found = args.flag("lines")
                    ? extraction.ofLines(source.text(), metadata) : extraction.of(source);
            for (MentionExtraction.Located located : found) {
                console.out().println(json(located, args.flag("lines")));
            }
        }
        return ExitStatus.OK;
    }

    static String json(MentionExtraction.Located located, boolean withLine) {
        StringBuilder sb = new StringBuilder("{");
        if (withLine) {
            sb.append("\"line\":").append(located.line()).append(',');
        }
        sb.append("\"type\":").append(quote(located.mention().type().name().toLowerCase(java.util.Locale.ROOT)));
        sb.append(",\"text\":").append(quote(located.written()));
        sb.append(",\"start\":").append(located.start());
        sb.append(",\"end\":").append(located.end());
        sb.append(",\"canonical\":").append(quote(located.mention().canonical()));
        for (Map.Entry<String, String> e : new TreeMap<>(located.mention().attributes()).entrySet()) {
            sb.append(',').append(quote(e.getKey())).append(':').append(quote(e.getValue()));
        }
        return sb.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
