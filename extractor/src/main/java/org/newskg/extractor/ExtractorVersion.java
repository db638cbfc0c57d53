package org.newskg.extractor;

/**
 * The version of the extraction rules. It is recorded with every ingested file; a file whose
 * bytes and extractor version are both unchanged is skipped. Raise it when extraction output changes.
 */
public final class ExtractorVersion {

    public static final String VALUE = "0.3.1";

    private ExtractorVersion() {
    }
}
