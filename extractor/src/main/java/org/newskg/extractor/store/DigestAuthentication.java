package org.newskg.extractor.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP digest authentication (RFC 7616 with MD5, as Virtuoso asks for it on its {@code -auth}
 * endpoints), which the JDK's HTTP client does not do. The server's last challenge is kept, so
 * after the first 401 every request carries its answer and large bodies are sent once.
 */
final class DigestAuthentication {

    private static final Pattern PARAMETER = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");

    private final RemoteCredentials credentials;
    private final SecureRandom random = new SecureRandom();
    private Map<String, String> challenge;
    private int count;

    DigestAuthentication(RemoteCredentials credentials) {
        this.credentials = credentials;
    }

    /** Takes the server's {@code WWW-Authenticate} header; false when it is not a digest challenge. */
    synchronized boolean challenged(String header) {
        if (header == null || !header.regionMatches(true, 0, "Digest ", 0, 7)) {
            return false;
        }
        Map<String, String> parameters = new HashMap<>();
        Matcher m = PARAMETER.matcher(header.substring(7));
        while (m.find()) {
            parameters.put(m.group(1).toLowerCase(), m.group(2) != null ? m.group(2) : m.group(3));
        }
        challenge = parameters;
        count = 0;
        return parameters.containsKey("nonce");
    }

    /** The {@code Authorization} header for a request, once the server has sent a challenge. */
    synchronized Optional<String> authorization(String method, URI uri) {
        if (challenge == null) {
            return Optional.empty();
        }
        String realm = challenge.getOrDefault("realm", "");
        String nonce = challenge.get("nonce");
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String ha1 = md5(credentials.user() + ":" + realm + ":" + credentials.password());
        String ha2 = md5(method + ":" + path);
        StringBuilder header = new StringBuilder("Digest username=\"").append(credentials.user())
                .append("\", realm=\"").append(realm).append("\", nonce=\"").append(nonce)
                .append("\", uri=\"").append(path).append('"');
        String qop = challenge.get("qop");
        if (qop != null && qop.contains("auth")) {
            String nc = String.format("%08x", ++count);
            byte[] bytes = new byte[8];
            random.nextBytes(bytes);
            String cnonce = HexFormat.of().formatHex(bytes);
            header.append(", qop=auth, nc=").append(nc).append(", cnonce=\"").append(cnonce).append('"')
                    .append(", response=\"").append(md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2)).append('"');
        } else {
            header.append(", response=\"").append(md5(ha1 + ":" + nonce + ":" + ha2)).append('"');
        }
        if (challenge.containsKey("opaque")) {
            header.append(", opaque=\"").append(challenge.get("opaque")).append('"');
        }
        header.append(", algorithm=MD5");
        return Optional.of(header.toString());
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no MD5 in this JVM", e);
        }
    }
}
