package org.newskg.shell.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML picture opened in a real headless Chromium, offline. */
class HtmlPageInChromiumTest {

    @TempDir
    Path dir;

    @Test
    void chromiumDrawsTheNeighbourhoodAndTakesAScreenshot() throws Exception {
        Path chromium = ExternalTool.require("chromium");
        SampleStore sample = SampleStore.ingestedInto(dir);
        Path page = dir.resolve("graph.html");
        SampleStore.Run run = sample.export("--format", "html", "--around", "石泰峰", "--depth", "2", "--out", page.toString());
        assertEquals(0, run.status(), run.err());
        String html = Files.readString(page);
        assertFalse(html.contains("<script src"), "the library is inlined, so the page opens offline");
        Matcher expected = Pattern.compile("(\\d+) nodes").matcher(run.err());
        assertTrue(expected.find(), run.err());

        ExternalTool.Result dom = ExternalTool.run(chromium(chromium, "--dump-dom", page), dir);
        Matcher drawn = Pattern.compile("data-drawn-nodes=\"(\\d+)\"").matcher(dom.out());
        assertTrue(drawn.find(), "the page reports what it drew; stderr: " + dom.err());
        assertEquals(expected.group(1), drawn.group(1));
        assertTrue(Integer.parseInt(drawn.group(1)) > 5);
        assertEquals(Integer.parseInt(drawn.group(1)), dom.out().split("<circle", -1).length - 1);

        Path screenshot = Path.of("target", "graph-page.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        ExternalTool.Result shot = ExternalTool.run(chromium(chromium, "--screenshot=" + screenshot, page), dir);
        assertTrue(Files.size(screenshot) > 10_000, "screenshot: " + shot.err());
    }

    private List<String> chromium(Path chromium, String action, Path page) {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1400,900"));
        command.add(action);
        command.add(page.toUri().toString());
        return command;
    }
}
