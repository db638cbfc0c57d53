package org.newskg.extractor.store;

import java.util.Optional;

/**
 * The user and password a server wants for writes (Virtuoso: {@code /sparql-graph-crud-auth}),
 * from {@code -Dnewskg.remote.user}/{@code -Dnewskg.remote.password} or the environment variables
 * {@code NEWSKG_REMOTE_USER}/{@code NEWSKG_REMOTE_PASSWORD}; never from the URL, which is printed.
 */
public record RemoteCredentials(String user, String password) {

    public static final String USER_PROPERTY = "newskg.remote.user";
    public static final String PASSWORD_PROPERTY = "newskg.remote.password";

    public static Optional<RemoteCredentials> configured() {
        String user = setting(USER_PROPERTY, "NEWSKG_REMOTE_USER");
        if (user == null || user.isEmpty()) {
            return Optional.empty();
        }
        String password = setting(PASSWORD_PROPERTY, "NEWSKG_REMOTE_PASSWORD");
        return Optional.of(new RemoteCredentials(user, password == null ? "" : password));
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }

    @Override
    public String toString() {
        return "RemoteCredentials[user=" + user + "]";
    }
}
