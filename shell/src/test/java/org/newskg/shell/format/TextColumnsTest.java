package org.newskg.shell.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextColumnsTest {

    private static final List<String> HEADER = List.of("name", "headline", "iri");
    private static final List<String[]> ROWS = List.<String[]>of(
            new String[] {"呼和浩特市", "自治区召开全区优化营商环境工作推进会议部署下一阶段重点任务", "<http://newskg.org/id/region/150100000000>"},
            new String[] {"包头市", "短标题", "<http://newskg.org/id/region/150200000000>"});

    private static List<String> render(int width) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Pager pager = new Pager() {
            @Override
            public int pageSize() {
                return 0;
            }

            @Override
            public boolean more(int shown, int total) {
                return true;
            }

            @Override
            public int width() {
                return width;
            }
        };
        TextColumns.print(HEADER, ROWS, new PrintStream(bytes, true, StandardCharsets.UTF_8), 0, pager);
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aTableFitsTheTerminalAndLongCellsEndInAnEllipsis() {
        List<String> lines = render(80);
        for (String line : lines) {
            assertTrue(DisplayWidth.of(line) <= 80, DisplayWidth.of(line) + ": " + line);
        }
        assertTrue(lines.get(2).contains("…"), lines.get(2));
        assertTrue(lines.get(2).startsWith("呼和浩特市 | 自治区"), lines.get(2));
        assertTrue(lines.get(3).contains("短标题"), "short cells stay whole: " + lines.get(3));
        int bar = lines.get(2).indexOf(" | ", lines.get(2).indexOf(" | ") + 1);
        assertEquals(DisplayWidth.of(lines.get(2).substring(0, bar)), DisplayWidth.of(lines.get(3).substring(0,
                lines.get(3).indexOf(" | ", lines.get(3).indexOf(" | ") + 1))), "columns still line up");
    }

    @Test
    void withoutATerminalWidthEveryValueIsWhole() {
        List<String> lines = render(0);
        assertTrue(lines.get(2).endsWith("<http://newskg.org/id/region/150100000000>"), lines.get(2));
        assertTrue(lines.get(2).contains("部署下一阶段重点任务"), lines.get(2));
    }

    @Test
    void cuttingCountsTerminalCells() {
        assertEquals("呼和…", DisplayWidth.cut("呼和浩特市", 6));
        assertEquals("呼和浩特市", DisplayWidth.cut("呼和浩特市", 10));
        assertEquals("abcd…", DisplayWidth.cut("abcdefgh", 5));
    }
}
