package org.newskg.extractor.source;

import java.nio.charset.Charset;

/**
 * One decoded source file.
 *
 * @param name     the file name, which names the source's graph
 * @param text     the decoded text, exactly as in the file (BOM removed); evidence offsets count
 *                 code points of this text
 * @param charset  the charset the bytes were decoded with
 * @param sha256   hex digest of the raw bytes, to tell a changed file from an unchanged one
 * @param metadata paper and publication date, with their basis
 * @param origin   for one record of a larger file (JSON Lines, CSV, TSV), where it stands there;
 *                 null for a source that is a file of its own
 */
public record Source(String name, String text, Charset charset, String sha256, SourceMetadata metadata,
                     SourceOrigin origin) {

    /** A source that is a file of its own. */
    public Source(String name, String text, Charset charset, String sha256, SourceMetadata metadata) {
        this(name, text, charset, sha256, metadata, null);
    }

    /**
     * A lone surrogate is not a character: RDF cannot hold it (UTF-8 has no encoding for it), so
     * every literal quoting it would be written as something else. Decoded files never hold one;
     * text built by a program may, and gets U+FFFD in its place, one char for one so offsets stay.
     */
    public Source {
        text = withoutLoneSurrogates(text);
    }

    static String withoutLoneSurrogates(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = '\uFFFD';
            }
        }
        return chars == null ? text : new String(chars);
    }

    public Source withMetadata(SourceMetadata newMetadata) {
        return new Source(name, text, charset, sha256, newMetadata, origin);
    }
}
