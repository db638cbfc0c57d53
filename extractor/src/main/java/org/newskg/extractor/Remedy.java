package org.newskg.extractor;

/**
 * What the user can change to get past a {@link UserInputException}, named by what it is rather
 * than by how a front end asks for it: the console words each as its option ({@code --store DIR}),
 * another program could word it as a field or a setting.
 */
public enum Remedy {
    /** Open another store (or close the program holding this one). */
    ANOTHER_STORE,
    /** Name a directory, not a file, for the store. */
    A_STORE_DIRECTORY,
    /** Allow the query more time. */
    MORE_QUERY_TIME,
    /** Give the query as text or in a file. */
    A_QUERY
}
