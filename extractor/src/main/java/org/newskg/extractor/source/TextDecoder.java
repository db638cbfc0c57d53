package org.newskg.extractor.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text without trusting the platform's default charset: a byte order
 * mark decides first, then the bytes must decode strictly as UTF-8, else strictly as GB18030.
 * GB18030 comes last because almost any byte sequence is valid GB18030, so trying it first
 * would turn UTF-8 into mojibake.
 */
final class TextDecoder {

    /** Decoded text and the charset that produced it. */
    record Decoded(String text, Charset charset) { }

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    /** The decoded text, or empty when no supported charset decodes the bytes cleanly. */
    Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return strict(bytes, UTF8_BOM.length, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return strict(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return strict(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE);
        }
        Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        return utf8.isPresent() ? utf8 : strict(bytes, 0, GB18030);
    }

    /**
     * For bytes that are not UTF-8 as a whole: the number (from 1) of the first line that is not
     * UTF-8 when other lines clearly are (three or more CJK characters that decode as UTF-8), else 0.
     * Such a file was pieced together from files in different encodings; decoding it all as
     * GB18030 would silently turn its UTF-8 lines into nonsense.
     */
    int firstNonUtf8LineOfMixedText(byte[] bytes) {
        if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)
                || strict(bytes, 0, StandardCharsets.UTF_8).isPresent()) {
            return 0;
        }
        int firstBad = 0;
        boolean someUtf8 = false;
        int line = 1;
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                Optional<Decoded> decoded = strict(bytes, start, i - start, StandardCharsets.UTF_8);
                if (decoded.isEmpty()) {
                    firstBad = firstBad == 0 ? line : firstBad;
                } else if (decoded.get().text().codePoints().filter(c -> c >= 0x3400).count() >= 3) {
                    someUtf8 = true;
                }
                if (firstBad > 0 && someUtf8) {
                    return firstBad;
                }
                start = i + 1;
                line++;
            }
        }
        return 0;
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset) {
        return strict(bytes, offset, bytes.length - offset, charset);
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, length));
            return Optional.of(new Decoded(chars.toString(), charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
