package org.newskg.shell.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real second JVM running one of our mains with the test classpath: what a user's second
 * terminal is. Its output lines are collected as they come, so a test can act on them.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());

    private ChildJvm(Process process) {
        this.process = process;
        pump(process.getInputStream(), "out: ");
        pump(process.getErrorStream(), "err: ");
    }

    static ChildJvm start(Path workingDirectory, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                // The interactive shell keeps its history in the home folder: not the tester's.
                "-Duser.home=" + workingDirectory.toAbsolutePath(),
                "-cp", classpath(), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().put("NEWSKG_LOG_LEVEL", "WARN");
        return new ChildJvm(builder.start());
    }

    /** Surefire puts the real classpath here; java.class.path may be only its booter jar. */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private void pump(java.io.InputStream in, String prefix) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(prefix + line);
                    all.add(prefix + line);
                }
            } catch (IOException e) {
                // the child is gone
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for a line containing {@code text}; fails after {@code seconds}. */
    String await(String text, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.contains(text)) {
                return line;
            }
            if (line == null && !process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no line with '" + text + "' from the child; it said: " + output());
    }

    long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    String output() {
        synchronized (all) {
            return String.join("\n", all);
        }
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
