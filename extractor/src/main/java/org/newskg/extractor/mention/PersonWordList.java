package org.newskg.extractor.mention;

import java.util.List;
import org.newskg.extractor.lexicon.Lexicons;

/** Reads one word list of the person rules from the bundled lexicons. */
final class PersonWordList {

    private PersonWordList() {
    }

    /** The non-blank, non-comment lines of {@code name}; a missing list is a packaging error. */
    static List<String> lines(String name) {
        return Lexicons.bundled().lines(name);
    }
}
