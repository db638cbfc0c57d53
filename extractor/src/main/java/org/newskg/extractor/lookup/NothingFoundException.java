package org.newskg.extractor.lookup;

import org.newskg.extractor.UserInputException;

/** A name or IRI that matches nothing in the store: the user's answer is "nothing found", not a failure of the store. */
public final class NothingFoundException extends UserInputException {

    public NothingFoundException(String what) {
        super("nothing found for '" + what + "' (try: search " + what.strip() + ")");
    }
}
