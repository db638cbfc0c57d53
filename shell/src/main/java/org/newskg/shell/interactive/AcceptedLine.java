package org.newskg.shell.interactive;

import java.util.List;

/**
 * The words of the line the user last entered, as our parser read them. Spring Shell gets only
 * the command's name from that line (it would strip newlines from the other words and parse the
 * options again); the command then takes its arguments from here.
 */
final class AcceptedLine {

    private volatile List<String> words = List.of();

    void set(List<String> words) {
        this.words = List.copyOf(words);
    }

    List<String> words() {
        return words;
    }
}
