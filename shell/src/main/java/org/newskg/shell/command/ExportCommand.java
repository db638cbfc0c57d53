package org.newskg.shell.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newskg.extractor.UserInputException;
import org.newskg.shell.cli.CommandSpec;
import org.newskg.shell.cli.OptionSpec;
import org.newskg.shell.cli.ParsedArguments;
import org.newskg.shell.cli.PositionalSpec;
import org.newskg.shell.cli.UsageException;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.ExitStatus;
import org.newskg.shell.console.StoreAccess;
import org.newskg.shell.format.AtomicFileWriter;
import org.newskg.shell.format.ExportFormat;

/** {@code export}: writes the store, or one source's graph, to a file in an RDF format. */
public final class ExportCommand implements ShellCommand {

    private static final CommandSpec SPEC = new CommandSpec(
            "export",
            "write the knowledge graph to a file (quad formats keep one graph per source file)",
            List.of(StoreOption.SPEC,
                    OptionSpec.value("format", "FORMAT", "the RDF format").withChoices(ExportFormat.optionValues()),
                    OptionSpec.value("graph", "IRI", "export only the graph of one source file"),
                    OptionSpec.value("out", "FILE", "the file to write (replaced only when the export succeeds)")),
            PositionalSpec.none(),
            null,
            List.of("export --format turtle --out graph.ttl",
                    "export --format nquads --out graph.nq"));

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
        String graph = args.value("graph").orElse(null);
        try {
            stores.withStore(args.value(STORE).orElseThrow(), store -> {
                try {
                    AtomicFileWriter.write(out, stream -> store.export(format.rdfFormat(), graph, stream));
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new UserInputException("cannot write " + out + ": " + problem(e.getCause())
                    + "; choose a writable place with --out", e);
        }
        console.err().println("wrote " + out + " (" + Files.size(out) + " bytes, " + format.optionValue() + ")");
        return ExitStatus.OK;
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
