package org.newskg.spark;

import org.apache.hadoop.mapred.lib.MultipleTextOutputFormat;

/**
 * Sends each record to the output folder its key names ({@code nquads/} or {@code manifest/}),
 * writing only the value: every task writes its own part file in each, through Hadoop's output
 * committer, so a retried or speculative task never leaves half a file behind.
 */
public final class SourceOutputFormat extends MultipleTextOutputFormat<String, String> {

    public static final String NQUADS = "nquads";
    public static final String MANIFEST = "manifest";

    @Override
    protected String generateFileNameForKeyValue(String key, String value, String name) {
        return key + "/" + name;
    }

    @Override
    protected String generateActualKey(String key, String value) {
        return null;
    }
}
