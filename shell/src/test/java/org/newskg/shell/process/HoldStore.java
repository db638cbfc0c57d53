package org.newskg.shell.process;

import java.io.IOException;
import java.nio.file.Path;
import org.newskg.extractor.store.Store;
import org.newskg.extractor.store.TdbStore;

/** Opens a store and holds it until its standard input ends: the other process in lock tests. */
public final class HoldStore {

    private HoldStore() {
    }

    public static void main(String[] args) throws IOException {
        try (Store store = TdbStore.open(Path.of(args[0]))) {
            System.out.println("holding " + store.location());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the end of input
            }
        }
    }
}
