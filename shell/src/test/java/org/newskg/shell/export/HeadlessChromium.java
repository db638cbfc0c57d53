package org.newskg.shell.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A page in headless Chromium, driven through the DevTools protocol the way a reader would use
 * it: scripts typed into the page's own input elements and clicks dispatched to its nodes.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process) {
        this.process = process;
    }

    /** Starts Chromium on {@code page} with a fresh profile under {@code dir}, and waits until the page says it is ready. */
    static HeadlessChromium open(Path chromium, Path dir, URI page) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("chromium-profile-" + System.nanoTime()),
                "--window-size=1400,900", "--remote-debugging-port=0", "--remote-allow-origins=*", page.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String browser = null;
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line; browser == null && System.nanoTime() < deadline && (line = err.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browser = m.group(1);
            }
        }
        if (browser == null) {
            process.destroyForcibly();
            throw new IOException("Chromium did not open its DevTools port:\n" + seen);
        }
        Thread drain = new Thread(() -> {
            try {
                err.transferTo(java.io.Writer.nullWriter());
            } catch (IOException e) {
                // the browser has gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        URI base = URI.create(browser.replaceFirst("^ws://", "http://").replaceFirst("/devtools/.*", ""));
        HttpClient http = HttpClient.newHttpClient();
        String pageSocket = null;
        while (pageSocket == null && System.nanoTime() < deadline) {
            String list = http.send(HttpRequest.newBuilder(base.resolve("/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body();
            for (JsonValue target : JSON.parseAny(list).getAsArray()) {
                JsonObject t = target.getAsObject();
                if (t.get("type").getAsString().value().equals("page")) {
                    pageSocket = t.get("webSocketDebuggerUrl").getAsString().value();
                }
            }
            if (pageSocket == null) {
                Thread.sleep(100);
            }
        }
        if (pageSocket == null) {
            process.destroyForcibly();
            throw new IOException("Chromium opened no page");
        }
        HeadlessChromium chromiumPage = new HeadlessChromium(process);
        chromiumPage.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                .buildAsync(URI.create(pageSocket), chromiumPage.listener()).get(30, TimeUnit.SECONDS);
        chromiumPage.waitFor("document.body && document.body.dataset.ready === '1'");
        return chromiumPage;
    }

    private WebSocket.Listener listener() {
        StringBuilder message = new StringBuilder();
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    JsonObject reply = JSON.parse(message.toString());
                    message.setLength(0);
                    if (reply.hasKey("id")) {
                        CompletableFuture<JsonObject> waiting = pending.remove(reply.get("id").getAsNumber().value().intValue());
                        if (waiting != null) {
                            waiting.complete(reply);
                        }
                    }
                }
                webSocket.request(1);
                return null;
            }
        };
    }

    private JsonObject call(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject request = new JsonObject();
        request.put("id", id);
        request.put("method", method);
        request.put("params", params);
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(request.toString(), true).get(30, TimeUnit.SECONDS);
        JsonObject answer = reply.get(60, TimeUnit.SECONDS);
        if (answer.hasKey("error")) {
            throw new IOException(method + ": " + answer.get("error"));
        }
        return answer.get("result").getAsObject();
    }

    /** The value of a script run in the page (promises awaited), as JSON. */
    JsonValue evaluate(String expression) throws Exception {
        JsonObject params = new JsonObject();
        params.put("expression", "(async () => JSON.stringify(await (" + expression + ")))()");
        params.put("awaitPromise", true);
        params.put("returnByValue", true);
        JsonObject result = call("Runtime.evaluate", params);
        if (result.hasKey("exceptionDetails")) {
            throw new IOException("the page failed: " + result.get("exceptionDetails"));
        }
        JsonValue value = result.get("result").getAsObject().get("value");
        return value == null || !value.isString() ? null : JSON.parseAny(((JsonString) value).value());
    }

    String text(String expression) throws Exception {
        JsonValue v = evaluate(expression);
        return v == null ? null : v.isString() ? v.getAsString().value() : v.toString();
    }

    long number(String expression) throws Exception {
        return evaluate(expression).getAsNumber().value().longValue();
    }

    JsonArray array(String expression) throws Exception {
        return evaluate(expression).getAsArray();
    }

    /** Waits until the expression is true and the page is not fetching. */
    void waitFor(String condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            JsonValue v = evaluate("Boolean(" + condition + ") && document.body.dataset.busy !== '1'");
            if (v != null && v.isBoolean() && v.getAsBoolean().value()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException("the page never showed: " + condition);
    }

    /** Loads the page again, as new, for the next test. */
    void reload() throws Exception {
        evaluate("(() => { document.body.dataset.ready = '0'; return true; })()");
        call("Page.reload", new JsonObject());
        waitFor("document.body && document.body.dataset.ready === '1'");
    }

    /** A PNG of what the page shows. */
    byte[] screenshot() throws Exception {
        JsonObject params = new JsonObject();
        params.put("format", "png");
        return Base64.getDecoder().decode(call("Page.captureScreenshot", params).get("data").getAsString().value());
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
