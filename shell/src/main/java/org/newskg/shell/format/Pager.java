package org.newskg.shell.format;

/**
 * Decides, after each screenful of rows, whether to print the next. One-shot runs never pause
 * (their output is usually piped); the interactive shell asks with a {@code --more--} prompt.
 */
public interface Pager {

    /** Prints everything without pausing. */
    Pager NEVER = new Pager() {
        @Override
        public int pageSize() {
            return 0;
        }

        @Override
        public boolean more(int shown, int total) {
            return true;
        }
    };

    /** Rows per page; 0 never pauses. */
    int pageSize();

    /** Asked after {@code shown} of {@code total} rows: true to print the next page. */
    boolean more(int shown, int total);

    /** Terminal columns a table must fit in, long cells cut with …; 0 prints every value whole. */
    default int width() {
        return 0;
    }
}
