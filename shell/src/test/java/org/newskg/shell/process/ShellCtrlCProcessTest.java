package org.newskg.shell.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.shell.Main;

/**
 * The interactive shell in a real process: SIGINT (what Ctrl-C sends) during a long query cancels
 * the query, and the shell goes on to the next command.
 */
class ShellCtrlCProcessTest {

    @TempDir
    Path dir;

    @Test
    void sigintCancelsTheQueryAndTheShellGoesOn() throws Exception {
        String store = dir.resolve("store").toString();
        try (ChildJvm shell = ChildJvm.start(dir, Main.class.getName())) {
            OutputStream in = shell.process().getOutputStream();
            type(in, "sparql --store " + store + " \"ASK { FILTER(1 = 2) }\"");
            shell.await("false", 120);
            type(in, "sparql --store " + store + " --timeout 30 \"" + runaway() + "\"");
            Thread.sleep(2000);
            new ProcessBuilder("kill", "-INT", Long.toString(shell.pid())).start().waitFor();

            String answer = shell.await("query ", 60);
            // A JVM started with SIGINT ignored (a background job of a script) can never see it.
            Assumptions.assumeFalse(answer.contains("timed out"), "SIGINT is ignored in this process tree");
            assertTrue(answer.contains("newskg: query cancelled"), shell.output());
            type(in, "sparql --store " + store + " \"ASK { FILTER(1 = 1) }\"");
            shell.await("true", 60);
            type(in, "exit");
            assertTrue(shell.process().waitFor(60, TimeUnit.SECONDS), shell.output());
            assertEquals(0, shell.process().exitValue(), shell.output());
        }
    }

    private static void type(OutputStream in, String line) throws IOException {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static String runaway() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            values.append(i).append(' ');
        }
        StringBuilder q = new StringBuilder("SELECT (COUNT(*) AS ?n) WHERE {");
        for (String v : new String[] {"a", "b", "c", "d", "e"}) {
            q.append(" VALUES ?").append(v).append(" { ").append(values).append('}');
        }
        return q.append(" }").toString();
    }
}
