package org.newskg.extractor.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Virtuoso Open Source ({@code virtuoso-t}, Debian's {@code virtuoso-opensource-7-bin}) on
 * 127.0.0.1 and free ports, with a new database in a folder of its own and an ini written here.
 * A new database's administrator is {@code dba} with password {@code dba}: writes go through the
 * digest-authenticated Graph Store endpoint with those.
 */
final class LoopbackVirtuoso implements AutoCloseable {

    static final RemoteCredentials ADMIN = new RemoteCredentials("dba", "dba");
    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Process process;
    private final int httpPort;
    private final Path folder;

    private LoopbackVirtuoso(Process process, int httpPort, Path folder) {
        this.process = process;
        this.httpPort = httpPort;
        this.folder = folder;
    }

    /** The server program on the PATH, if Virtuoso is installed. */
    static Optional<Path> program() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "virtuoso-t");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static LoopbackVirtuoso start(Path program, Path folder) {
        try {
            int sqlPort = freePort();
            int httpPort = freePort();
            Path ini = folder.resolve("virtuoso.ini");
            Files.writeString(ini, ini(folder, sqlPort, httpPort), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(program.toString(), "+foreground", "+configfile", ini.toString())
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("console.log").toFile())
                    .start();
            LoopbackVirtuoso server = new LoopbackVirtuoso(process, httpPort, folder);
            server.awaitQueries();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoint a user gives NewsKG: Virtuoso's {@code /sparql}. */
    String endpointUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    private void awaitQueries() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ask = URI.create(endpointUrl() + "?query=ASK%7B%7D");
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("virtuoso-t stopped at startup: " + log());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("virtuoso-t did not answer within " + STARTUP + ": " + log());
    }

    private String log() throws IOException {
        Path log = folder.resolve("virtuoso.log");
        if (!Files.exists(log)) {
            return "(no log)";
        }
        String text = Files.readString(log, StandardCharsets.ISO_8859_1);
        return text.substring(Math.max(0, text.length() - 1500)).replace('\n', ' ');
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String ini(Path dir, int sqlPort, int httpPort) {
        String d = dir.toAbsolutePath().toString();
        return """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel = 7
                FileExtend = 200
                MaxCheckpointRemap = 2000
                Striping = 0
                TempStorage = TempDatabase

                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping = 0

                [Parameters]
                ServerPort = 127.0.0.1:%2$d
                DisableUnixSocket = 1
                DirsAllowed = ., %1$s
                NumberOfBuffers = 20000
                MaxDirtyBuffers = 15000
                ThreadsPerQuery = 2
                AsyncQueueMaxThreads = 4
                CheckpointInterval = 60

                [HTTPServer]
                ServerPort = 127.0.0.1:%3$d
                ServerRoot = %1$s
                MaxClientConnections = 4
                ServerThreads = 4

                [SPARQL]
                ResultSetMaxRows = 10000000
                MaxQueryExecutionTime = 300
                MaxQueryCostEstimationTime = 0
                """.formatted(d, sqlPort, httpPort);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
