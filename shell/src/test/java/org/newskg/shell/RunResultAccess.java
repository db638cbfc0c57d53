package org.newskg.shell;

/** {@link RunResult} for tests in other packages. */
public record RunResultAccess(int status, String out, String err) {

    public static RunResultAccess run(String... args) {
        RunResult r = RunResult.of(args);
        return new RunResultAccess(r.status(), r.out(), r.err());
    }
}
