package org.newskg.shell.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.newskg.shell.Main;
import org.newskg.shell.console.Console;

/** The sample corpus ingested into a store, and the export command run against it. */
final class SampleStore {

    private static final Path CORPUS = Path.of("..", "data", "corpus");

    private final Path store;

    private SampleStore(Path store) {
        this.store = store;
    }

    static SampleStore ingestedInto(Path dir) {
        SampleStore sample = new SampleStore(dir.resolve("store"));
        Run ingest = run("ingest", "--store", sample.store.toString(), CORPUS.toString());
        assertEquals(0, ingest.status(), ingest.err());
        return sample;
    }

    Path store() {
        return store;
    }

    /** Runs {@code export --store STORE} with the given arguments. */
    Run export(String... args) {
        String[] argv = new String[args.length + 3];
        argv[0] = "export";
        argv[1] = "--store";
        argv[2] = store.toString();
        System.arraycopy(args, 0, argv, 3, args.length);
        return run(argv);
    }

    static Run run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(argv, new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Run(int status, String out, String err) {
    }
}
