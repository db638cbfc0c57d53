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
 */
public record Source(String name, String text, Charset charset, String sha256, SourceMetadata metadata) {

    public Source withMetadata(SourceMetadata newMetadata) {
        return new Source(name, text, charset, sha256, newMetadata);
    }
}
