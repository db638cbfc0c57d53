package org.newskg.extractor.evidence;

/**
 * One mention that supports a node or fact.
 *
 * @param file     the source file's name
 * @param start    code-point offset of the mention in the file's decoded text
 * @param end      end offset, exclusive
 * @param text     the mention as the extractor read it (layout spaces removed, digits made ASCII)
 * @param sentence the sentence it stands in, read the same way
 */
public record EvidenceRow(String file, int start, int end, String text, String sentence) {
}
