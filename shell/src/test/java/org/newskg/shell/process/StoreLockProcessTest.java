package org.newskg.shell.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.shell.RunResultAccess;

/**
 * A store held by another process: commands here are refused in one line naming that process,
 * and the store is whole once the other process lets go.
 */
class StoreLockProcessTest {

    @TempDir
    Path dir;

    @Test
    void aStoreInUseByAnotherProcessIsRefusedInOneLineNamingIt() throws Exception {
        Path store = dir.resolve("store");
        Path page = dir.resolve("page.txt");
        Files.copy(Path.of("../data/corpus/000_589c182ea8fb9a5a.txt"), page);
        RunResultAccess first = RunResultAccess.run("ingest", "--store", store.toString(), page.toString());
        assertEquals(0, first.status(), first.err());
        String before = RunResultAccess.run("stats", "--store", store.toString()).out();

        try (ChildJvm holder = ChildJvm.start(dir, HoldStore.class.getName(), store.toString())) {
            holder.await("holding", 60);
            for (String[] command : new String[][] {
                    {"stats", "--store", store.toString()},
                    {"ingest", "--store", store.toString(), page.toString()},
                    {"sparql", "--store", store.toString(), "ASK {}"}}) {
                RunResultAccess run = RunResultAccess.run(command);
                assertEquals(1, run.status(), run.err());
                assertEquals(1, run.err().lines().count(), run.err());
                assertTrue(run.err().contains("is in use by process " + holder.pid()), run.err());
                assertFalse(run.err().contains("\tat "), run.err());
            }
            holder.process().getOutputStream().close();
            holder.process().waitFor();
        }

        RunResultAccess after = RunResultAccess.run("stats", "--store", store.toString());
        assertEquals(0, after.status(), after.err());
        assertEquals(before, after.out(), "the refused commands left the store as it was");
    }
}
