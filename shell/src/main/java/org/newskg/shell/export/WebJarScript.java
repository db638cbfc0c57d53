package org.newskg.shell.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** A JavaScript file from a WebJar on the classpath, found without hard-coding the WebJar's version. */
final class WebJarScript {

    private WebJarScript() {
    }

    static String read(String groupId, String artifactId, String pathInPackage) throws IOException {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties")) {
            pom.load(in);
        }
        String path = "META-INF/resources/webjars/" + artifactId + "/" + pom.getProperty("version") + "/" + pathInPackage;
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = WebJarScript.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("the newskg jar lacks " + path + ": rebuild it");
        }
        return in;
    }
}
