package org.newskg.extractor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.UserInputException;

class SourceReaderTest {

    private static final String PAGE = "本报2月19日讯（记者 章奎）2月19日下午，自治区党委副书记、自治区主席王莉霞在呼和浩特暗访督查。\n";

    private final SourceReader reader = new SourceReader();

    @Test
    void decodesPlainUtf8AndDigestsTheRawBytes() {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
        Source source = reader.decode("a.txt", bytes, SourceMetadata.unknown());
        assertEquals(PAGE, source.text());
        assertEquals(StandardCharsets.UTF_8, source.charset());
        assertEquals(SourceReader.sha256(bytes), source.sha256());
        assertEquals(64, source.sha256().length());
    }

    @Test
    void stripsUtf8Bom() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals(PAGE, reader.decode("a.txt", bytes, SourceMetadata.unknown()).text());
    }

    @Test
    void decodesUtf16WithEitherBom() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PAGE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, PAGE.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(PAGE, reader.decode("le.txt", le, SourceMetadata.unknown()).text());
        assertEquals(PAGE, reader.decode("be.txt", be, SourceMetadata.unknown()).text());
        assertEquals(StandardCharsets.UTF_16BE, reader.decode("be.txt", be, SourceMetadata.unknown()).charset());
    }

    @Test
    void fallsBackToGb18030WhenNotUtf8() {
        byte[] bytes = PAGE.getBytes(TextDecoder.GB18030);
        Source source = reader.decode("gb.txt", bytes, SourceMetadata.unknown());
        assertEquals(PAGE, source.text());
        assertEquals(TextDecoder.GB18030, source.charset());
    }

    @Test
    void keepsCarriageReturnsSoOffsetsStayHonest() {
        String crlf = "新华社北京2月7日电\r\n国家主席习近平致贺电。\r\n";
        assertEquals(crlf, reader.decode("a.txt", crlf.getBytes(StandardCharsets.UTF_8), SourceMetadata.unknown()).text());
    }

    @Test
    void refusesEmptyAndBlankFiles() {
        UserInputException empty = assertThrows(UserInputException.class,
                () -> reader.decode("empty.txt", new byte[0], SourceMetadata.unknown()));
        assertTrue(empty.getMessage().contains("empty.txt"), empty.getMessage());
        UserInputException blank = assertThrows(UserInputException.class,
                () -> reader.decode("blank.txt", " \n\u3000\n".getBytes(StandardCharsets.UTF_8), SourceMetadata.unknown()));
        assertTrue(blank.getMessage().startsWith("blank.txt"), blank.getMessage());
    }

    @Test
    void refusesBinaryFiles() {
        byte[] pdf = "%PDF-1.7\n\u0000\u0001\u0002stream".getBytes(StandardCharsets.ISO_8859_1);
        UserInputException e = assertThrows(UserInputException.class,
                () -> reader.decode("page.pdf", pdf, SourceMetadata.unknown()));
        assertTrue(e.getMessage().contains("page.pdf") && e.getMessage().contains("binary"), e.getMessage());
        byte[] controls = "ab\u0001\u0002\u0003\u0004cd".getBytes(StandardCharsets.UTF_8);
        assertThrows(UserInputException.class, () -> reader.decode("c.bin", controls, SourceMetadata.unknown()));
    }

    @Test
    void refusesBytesNoCharsetDecodes() {
        // 0x80 0x30 0xFF is neither UTF-8 nor a valid GB18030 sequence
        byte[] bad = {(byte) 0xE4, (byte) 0xB8, (byte) 0xAD, (byte) 0x80, (byte) 0x30, (byte) 0xFF};
        UserInputException e = assertThrows(UserInputException.class,
                () -> reader.decode("bad.txt", bad, SourceMetadata.unknown()));
        assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("UTF-8"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void readsFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("page.txt");
        Files.writeString(file, PAGE);
        Source source = reader.read(file, SourceMetadata.unknown());
        assertEquals("page.txt", source.name());
        assertEquals(PAGE, source.text());
        assertThrows(UserInputException.class, () -> reader.read(dir.resolve("missing.txt"), SourceMetadata.unknown()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
