package org.newskg.shell.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.extractor.UserInputException;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.cli.UsageException;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.StoreAccess;
import org.newskg.shell.export.GraphExporter;
import org.newskg.extractor.graph.SubgraphRequest;
import org.newskg.shell.format.AtomicFileWriter;
import org.newskg.shell.format.ExportFormat;

/** {@code export}: writes the store, or a part of it, as RDF, as a graph-tool file or as an HTML picture. */
public final class ExportCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "export",
            "write the knowledge graph, or part of it, as RDF, for graph tools, or as an interactive HTML page",
            List.of(StoreOption.SPEC,
                    OptionSpec.value("format", "FORMAT", "RDF syntax, graph-tool format (graphml, gexf, dot, cytoscape) or html")
                            .withChoices(ExportFormat.optionValues()),
                    OptionSpec.value("out", "FILE", "the file to write (replaced only when the export succeeds)"),
                    OptionSpec.value("graph", "IRI", "export only the graph of one source file"),
                    OptionSpec.value("query", "FILE_OR_TEXT", "export what a CONSTRUCT or DESCRIBE query returns"),
                    OptionSpec.value("around", "NAME_OR_IRI", "export an entity's neighbourhood"),
                    OptionSpec.value("depth", "N", "hops from --around (a post held counts as one)").withDefault("1"),
                    OptionSpec.value("from", "YYYY-MM-DD", "export articles published on or after this day, and what they mention"),
                    OptionSpec.value("to", "YYYY-MM-DD", "export articles published on or before this day, and what they mention")),
            PositionalSpec.none(),
            null,
            List.of("export --format turtle --out graph.ttl",
                    "export --format html --around 呼和浩特市 --depth 1 --out graph.html",
                    "export --format graphml --from 2022-02-01 --to 2022-02-28 --out february.graphml",
                    "export --format nquads --query persons.rq --out persons.nq"));

    private static final int MAX_DEPTH = 6;

    private final StoreAccess stores;

    public ExportCommand(StoreAccess stores) {
        this.stores = stores;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) throws IOException {
        ExportFormat format = ExportFormat.fromOption(required(args, "format"));
        Path out = Path.of(required(args, "out"));
        if (Files.isDirectory(out)) {
            throw new UserInputException("--out " + out + " is a directory: name a file");
        }
        SubgraphRequest request = request(args);
        String[] written = new String[1];
        try {
            stores.withStore(args.value(STORE).orElseThrow(), store -> {
                try {
                    AtomicFileWriter.write(out, stream ->
                            written[0] = new GraphExporter(store, console.err()).export(request, format, stream));
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new UserInputException("cannot write " + out + ": " + problem(e.getCause())
                    + "; choose a writable place with --out", e);
        }
        console.err().println("wrote " + out + " (" + Files.size(out) + " bytes, " + format.optionValue()
                + ", " + written[0] + ")");
        return ExitStatus.OK;
    }

    /** What part of the store the options choose; only one way of choosing at a time. */
    private static SubgraphRequest request(ParsedArguments args) throws IOException {
        long ways = Stream.of(args.value("query").isPresent(), args.value("around").isPresent(),
                args.value("graph").isPresent(), args.value("from").isPresent() || args.value("to").isPresent())
                .filter(b -> b).count();
        if (ways > 1) {
            throw new UsageException(SPEC.name(), "choose the part to export one way: --query, --around, --graph or --from/--to");
        }
        if (args.value("query").isPresent()) {
            return SubgraphRequest.construct(queryText(args.value("query").get()));
        }
        if (args.value("around").isPresent()) {
            return SubgraphRequest.around(args.value("around").get(), depth(args.value("depth").orElse("1")));
        }
        if (args.value("graph").isPresent()) {
            return SubgraphRequest.graph(args.value("graph").get());
        }
        if (args.value("from").isPresent() || args.value("to").isPresent()) {
            LocalDate from = date(args, "from");
            LocalDate to = date(args, "to");
            if (from != null && to != null && from.isAfter(to)) {
                throw new UsageException(SPEC.name(), "--from " + from + " is after --to " + to);
            }
            return SubgraphRequest.published(from, to);
        }
        return SubgraphRequest.wholeStore();
    }

    /** A file when one of that name exists, else the query itself: queries rarely look like file names. */
    private static String queryText(String value) throws IOException {
        try {
            Path file = Path.of(value);
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
        } catch (InvalidPathException e) {
            // Not a path at all (a query with characters no file name may hold).
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserInputException("query file " + value + " is not UTF-8 text");
        }
        if (value.isBlank()) {
            throw new UsageException(SPEC.name(), "--query is empty: give a CONSTRUCT query or a file holding one");
        }
        return value;
    }

    private static int depth(String value) {
        try {
            int depth = Integer.parseInt(value.strip());
            if (depth >= 0 && depth <= MAX_DEPTH) {
                return depth;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(SPEC.name(), "--depth must be a whole number from 0 to " + MAX_DEPTH + ", not '" + value + "'");
    }

    private static LocalDate date(ParsedArguments args, String option) {
        String value = args.value(option).orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(SPEC.name(), "--" + option + " must be a date such as 2022-02-07, not '" + value + "'");
        }
    }

    /** Java's file exceptions carry only the path as their message; say what went wrong instead. */
    private static String problem(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a file stands where a folder is needed (" + e.getMessage() + ")";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder (" + e.getMessage() + ")";
        } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
    }

    private static String required(ParsedArguments args, String option) {
        return args.value(option).orElseThrow(() -> new UsageException(SPEC.name(),
                "missing " + SPEC.option(option).orElseThrow().synopsis()));
    }
}
