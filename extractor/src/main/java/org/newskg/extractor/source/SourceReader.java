package org.newskg.extractor.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newskg.extractor.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one source file into a {@link Source}: detects the charset, refuses what is not text,
 * and keeps the decoded text exactly as it is so that evidence offsets stay honest.
 */
public final class SourceReader {

    private static final Logger LOG = LoggerFactory.getLogger(SourceReader.class);

    /** Above this share of control characters a file is taken for binary, whatever decodes it. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private final TextDecoder decoder = new TextDecoder();

    public Source read(Path file, SourceMetadata metadata) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserInputException("Cannot read " + file + ": " + e.getMessage()
                    + "; check that the file exists and is readable.", e);
        }
        return decode(file.getFileName().toString(), bytes, metadata);
    }

    public Source decode(String name, byte[] bytes, SourceMetadata metadata) {
        if (bytes.length == 0) {
            throw new UserInputException(name + " is empty; give a text file with the page's text.");
        }
        if (looksBinary(bytes)) {
            throw new UserInputException(name + " looks like a binary file, not text;"
                    + " extract the page's text first (e.g. with pdftotext) and ingest the .txt file.");
        }
        TextDecoder.Decoded decoded = decoder.decode(bytes).orElseThrow(() -> new UserInputException(
                name + " is neither UTF-8, UTF-16 with a byte order mark, nor GB18030;"
                        + " convert it to UTF-8 and try again."));
        String text = decoded.text();
        if (text.isBlank()) {
            throw new UserInputException(name + " holds only whitespace; give a text file with the page's text.");
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw new UserInputException(name + " holds too many control characters to be text;"
                    + " extract the page's text first and ingest the .txt file.");
        }
        LOG.debug("{}: {} bytes decoded as {}", name, bytes.length, decoded.charset());
        return new Source(name, text, decoded.charset(), sha256(bytes), metadata);
    }

    /**
     * NUL bytes never occur in UTF-8 or GB18030 text; in UTF-16 they are normal, so a file with a
     * UTF-16 byte order mark is let through to the decoder.
     */
    private static boolean looksBinary(byte[] bytes) {
        boolean utf16 = bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (utf16) {
            return false;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static double controlShare(String text) {
        long control = text.chars()
                .filter(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F)
                .count();
        return (double) control / text.length();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
