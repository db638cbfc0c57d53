package org.newskg.extractor.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LayoutRepairTest {

    private final LayoutRepair repair = new LayoutRepair();

    @Test
    void removesLetterSpacingAndDigitPadding() {
        Page page = repair.repair("习 近 平 指 出 ，中 阿 友 好 交 往 源 远 流 长。\n");
        assertEquals("习近平指出，中阿友好交往源远流长。", page.text().strip());
        assertEquals("新华社北京2月19日电 国家主席习近平。",
                repair.repair("新华社北京 2 月 19 日电 国家主席习近平。").text());
    }

    @Test
    void keepsSpacesBetweenWordsButNotAroundSingleCharacters() {
        assertEquals("分秒必争 扁平管理 攻坚克难", repair.repair("分秒必争 扁平管理 攻坚克难").text());
        assertEquals("●本报记者 刘慧慧 耿欣", repair.repair("●本报记者 刘慧慧 耿欣").text());
        // 实施 stands beside a letter-spaced run: the single characters decide, not the merged word
        assertEquals("实施重点项目1000个以上，完成投资。", repair.repair("实施 重 点 项 目 1000 个 以 上 ，完 成 投 资。").text());
        assertEquals("重点推进SKP旗舰店、Hong Kong Disneyland项目。",
                repair.repair("重点推进 SKP 旗舰店、Hong Kong Disneyland 项目。").text());
    }

    @Test
    void normalisesFullWidthDigitsAndLettersButNotPunctuation() {
        assertEquals("全区共接待游客430万人次，APP下载量增长（同比）。",
                repair.repair("全区共接待游客４３０万人次，ＡＰＰ下载量增长（同比）。").text());
    }

    @Test
    void joinsWordsBrokenAcrossLinesAndBlankLinesInsideSentences() {
        String source = """
                新华社北京2月19日电 国家主席
                习近平2月19日同阿根廷共和国总统费尔
                南德斯互致贺电，庆祝两国建交50周年。
                习近平指出，中阿友好交往源远流
                长。建交半个世纪以来，中阿关系取得长
                足发展，各领域合作日益深化。面对新冠

                肺炎疫情，两国人民同舟共济、守望相助，
                谱写了中阿友谊新篇章。
                """;
        String text = repair.repair(source).text();
        assertTrue(text.contains("总统费尔南德斯互致贺电"), text);
        assertTrue(text.contains("面对新冠肺炎疫情"), text);
        assertTrue(text.contains("50周年。\n习近平指出"), text);
    }

    @Test
    void keepsHeadlinesAndDatelinesOnLinesOfTheirOwn() {
        String source = """
                届时，中央广播电视总台将进行现场
                直播，新华网进行图文直播。

                第二十四届冬奥会闭幕式20日晚在北京举行
                习 近 平 将 出 席 闭 幕 式

                本 报 2 月 19 日 讯 （记 者 刘 晓
                冬）2 月 19 日，自治区党委书记、人大常
                委会主任石泰峰深入呼和浩特市暗访检查。
                """;
        List<String> lines = repair.repair(source).text().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(List.of(
                "届时，中央广播电视总台将进行现场直播，新华网进行图文直播。",
                "第二十四届冬奥会闭幕式20日晚在北京举行",
                "习近平将出席闭幕式",
                "本报2月19日讯（记者刘晓冬）2月19日，自治区党委书记、人大常委会主任石泰峰深入呼和浩特市暗访检查。"),
                lines);
    }

    @Test
    void dropsPageJumpMarkers() {
        String source = """
                认真落实自治区党
                委部署要求， ■下转第 2 版

                王莉霞在疫情防控工作
                调度会上强调

                发挥首府优势 推动现代服务业高端融合发展
                （上接第1版）文化赋能、体育健身、旅游带动。
                """;
        String text = repair.repair(source).text();
        assertFalse(text.contains("转第") || text.contains("接第"), text);
        assertTrue(text.contains("委部署要求，\n"), text);
        assertTrue(text.contains("融合发展\n文化赋能"), text);
    }

    @Test
    void offsetsLeadEveryCharacterBackToTheSource() {
        String source = "本 报 讯（记者 苗青）\r\n２０２３年国家公务员考试\r\n\r\n笔试工作圆满结束。😀好\n";
        assertOffsetsHonest(source, repair.repair(source));
    }

    @Test
    void offsetsStayHonestOnLinesLongerThanTheLineBuffer() {
        String spaced = "习 近 平 指 出 😀 ".repeat(60);
        String source = "（上接第1版）" + "全区春耕备耕工作有序推进".repeat(40) + "\n" + spaced + "■下转第 2 版\r\n短行";
        assertOffsetsHonest(source, repair.repair(source));
    }

    @Test
    void offsetsAreHonestOnTheSamplePages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../data/corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String source = Files.readString(file);
                assertOffsetsHonest(source, repair.repair(source));
            }
        }
    }

    private static void assertOffsetsHonest(String source, Page page) {
        int[] codePoints = source.codePoints().toArray();
        String text = page.text();
        assertEquals(text.length() + 1, page.sourceOffsets().length);
        assertEquals(codePoints.length, page.sourceOffset(text.length()));
        int previous = -1;
        for (int i = 0; i < text.length(); i++) {
            int offset = page.sourceOffset(i);
            assertTrue(offset >= previous, "offsets must not go backwards at " + i);
            previous = offset;
            int expected = CharacterNormaliser.normalise(codePoints[offset]);
            int actual = text.codePointAt(Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i);
            if (Character.isWhitespace(actual)) {
                assertTrue(Character.isWhitespace(expected), "whitespace at " + i + " maps to " + offset);
            } else {
                assertEquals(expected, actual, "character " + i + " of the repaired text");
            }
        }
    }
}
