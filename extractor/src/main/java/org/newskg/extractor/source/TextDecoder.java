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

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
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
