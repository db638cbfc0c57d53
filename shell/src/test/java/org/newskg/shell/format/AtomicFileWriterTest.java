package org.newskg.shell.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheTargetWhenWritingSucceeds() throws IOException {
        Path target = dir.resolve("graph.ttl");
        Files.writeString(target, "old");

        AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoLeftovers() throws IOException {
        Path target = dir.resolve("graph.ttl");
        Files.writeString(target, "old");

        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("store failed");
        }));

        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailureWithoutAnOldFileLeavesNothing() {
        Path target = dir.resolve("sub/graph.nt");

        assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            throw new IOException("disk full");
        }));

        assertEquals(List.of(), Stream.of(target).filter(Files::exists).toList());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
