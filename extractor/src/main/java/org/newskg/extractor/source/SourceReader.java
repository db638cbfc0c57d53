package org.newskg.extractor.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
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

    /**
     * The largest file read: a page's text is about 20 KB, and extraction takes some seconds per
     * MB, so anything larger is a whole archive, a dump or a mistake, not one page.
     */
    public static final long DEFAULT_MAX_BYTES = 2_000_000;

    private final TextDecoder decoder = new TextDecoder();
    private final long maxBytes;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Source read(Path file, SourceMetadata metadata) {
        return decode(file.getFileName().toString(), readBytes(file), metadata);
    }

    /**
     * The file's bytes, refusing before reading anything that cannot be one page (so a stray
     * archive or database dump never fills the heap), and naming the file in every complaint.
     */
    private byte[] readBytes(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserInputException("cannot read folder " + file + ": " + folderProblem(file)
                    + "; check its permissions");
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(file, size);
            }
            // The file may grow after its size was taken: never read more than the limit.
            byte[] bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(file, bytes.length);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + " does not exist (any more); check the path, or whether"
                    + " something moved it while newskg ran", e);
        } catch (AccessDeniedException e) {
            throw new UserInputException("cannot read " + file + ": permission denied; check its permissions", e);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage()
                    + "; check that the file exists and is readable", e);
        }
    }

    private UserInputException tooLarge(Path file, long size) {
        return new UserInputException(String.format(Locale.ROOT,
                "%s is %.1f MB; a page's text is tens of KB and newskg reads files of at most %.1f MB:"
                        + " split it into one file per page", file, size / 1e6, maxBytes / 1e6));
    }

    private static String folderProblem(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return "a folder is not a page";
        } catch (AccessDeniedException e) {
            return "permission denied";
        } catch (IOException e) {
            return e.getClass().getSimpleName() + " " + e.getMessage();
        }
    }

    public Source decode(String name, byte[] bytes, SourceMetadata metadata) {
        if (bytes.length == 0) {
            throw new UserInputException(name + " is empty; give a text file with the page's text.");
        }
        if (looksLikeUtf16WithoutBom(bytes)) {
            throw new UserInputException(name + " looks like UTF-16 text without a byte order mark;"
                    + " save it as UTF-8 (or UTF-16 with a byte order mark) and try again.");
        }
        if (looksBinary(bytes)) {
            throw new UserInputException(name + " looks like a binary file, not text;"
                    + " extract the page's text first (e.g. with pdftotext) and ingest the .txt file.");
        }
        int mixedLine = decoder.firstNonUtf8LineOfMixedText(bytes);
        if (mixedLine > 0) {
            throw new UserInputException(name + " mixes encodings: some lines are UTF-8 but line " + mixedLine
                    + " is not; convert the whole file to UTF-8 and try again.");
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
        if (hasUtf16Bom(bytes)) {
            return false;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * UTF-16 without a byte order mark: the ASCII characters of UTF-16 text (digits, line breaks)
     * put their NUL byte always at the same parity; in a binary file NULs fall anywhere.
     */
    private static boolean looksLikeUtf16WithoutBom(byte[] bytes) {
        if (hasUtf16Bom(bytes)) {
            return false;
        }
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 8) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        // Chinese characters rarely hold a NUL byte, so even a few NULs count, if nearly all share a parity.
        int more = Math.max(evenNul, oddNul);
        return more >= Math.max(3, sample / 200) && Math.min(evenNul, oddNul) * 20 <= more;
    }

    private static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
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
