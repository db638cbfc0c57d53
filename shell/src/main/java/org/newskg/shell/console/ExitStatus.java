package org.newskg.shell.console;

/** The process exit statuses of {@code newskg}. */
public final class ExitStatus {

    public static final int OK = 0;
    /** The command ran but did not succeed: bad input, a failed file, a malformed query. */
    public static final int FAILED = 1;
    /** The command line itself was wrong: unknown command or option, missing argument. */
    public static final int USAGE = 2;

    private ExitStatus() {
    }
}
