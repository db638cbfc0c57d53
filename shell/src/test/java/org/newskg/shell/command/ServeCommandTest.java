package org.newskg.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.shell.CommandRunner;
import org.newskg.shell.Main;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.StoresKeptOpen;

/** {@code serve} as the interactive shell runs it: in the background, until {@code serve --stop}. */
class ServeCommandTest {

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    StoresKeptOpen stores;
    CommandRunner shell;

    @BeforeEach
    void interactiveShell() {
        stores = new StoresKeptOpen();
        shell = new CommandRunner(Commands.using(stores), new Console(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    @AfterEach
    void closeShell() {
        shell.run("serve", "--stop");
        stores.close();
    }

    private String store() {
        return dir.resolve("store").toString();
    }

    @Test
    void servesQueriesRefusesUpdatesAndStops() throws Exception {
        assertEquals(0, shell.run("sparql", "--store", store(), "ASK {}"), err.toString(StandardCharsets.UTF_8));
        out.reset();

        assertEquals(0, shell.run("serve", "--store", store(), "--port", "0"), err.toString(StandardCharsets.UTF_8));
        String url = out.toString(StandardCharsets.UTF_8).trim();
        assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/newskg"), url);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("read-only"), err.toString(StandardCharsets.UTF_8));

        HttpResponse<String> answer = get(url + "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("true"), answer.body());

        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(url + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400, "update answered " + update.statusCode());

        // The shell keeps working on the store it serves.
        out.reset();
        assertEquals(0, shell.run("sparql", "--store", store(), "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        assertEquals("n\r\n0\r\n", out.toString(StandardCharsets.UTF_8));

        assertEquals(0, shell.run("serve", "--stop"));
        assertThrows(ConnectException.class, () -> get(url + "/sparql?query=ASK%7B%7D"));
    }

    @Test
    void aSecondServeIsRefusedUntilTheFirstStops() {
        assertEquals(0, shell.run("serve", "--store", store(), "--port", "0"));
        err.reset();
        assertEquals(1, shell.run("serve", "--store", store(), "--port", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("newskg: already serving"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stopWithNothingServedIsOneLine() {
        assertEquals(1, shell.run("serve", "--stop"));
        assertEquals("newskg: no endpoint is being served\n", err.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }

    @Test
    void badNumbersAreUsageErrors() {
        assertEquals(2, shell.run("serve", "--store", store(), "--max-rows", "lots"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--max-rows must be a whole number"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stopOutsideTheInteractiveShellSaysWhatToDo() {
        ByteArrayOutputStream oneShotErr = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"serve", "--stop"},
                new Console(new PrintStream(new ByteArrayOutputStream()), new PrintStream(oneShotErr, true, StandardCharsets.UTF_8)));
        assertEquals(1, status);
        assertTrue(oneShotErr.toString(StandardCharsets.UTF_8).contains("Ctrl-C"), oneShotErr.toString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
