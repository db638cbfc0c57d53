package org.newskg.extractor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.extractor.fact.ArticleFacts;
import org.newskg.extractor.fact.DocumentFacts;
import org.newskg.extractor.layout.Page;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.source.SourceMetadata;

/**
 * The mentions the pipeline keeps for a text, placed in the text as the user gave it: offsets are
 * code points of the input (through the page's offset map, so layout repair does not shift them),
 * not UTF-16 indexes of the repaired page. Reads and writes nothing.
 */
public final class MentionExtraction {

    /**
     * One mention where the input holds it.
     *
     * @param line    1-based line number when the input was read line by line, else 0
     * @param start   code-point offset of the first character in the input (in the line, for lines)
     * @param end     code-point offset just past the last character
     * @param written the input's characters in [start, end), which may hold layout spaces the
     *                mention's own text has lost
     */
    public record Located(Mention mention, int line, int start, int end, String written) {
    }

    private final Extractor extractor;

    public MentionExtraction(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Every mention in a whole source (a page of many articles), in input order. */
    public List<Located> of(Source source) {
        return locate(extractor.extract(source), 0);
    }

    /** Each line of {@code text} as a text of its own (one sentence or headline a line), in input order. */
    public List<Located> ofLines(String text, SourceMetadata metadata) {
        List<Located> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Source line = new Source("line " + (i + 1), lines[i], StandardCharsets.UTF_8, "", metadata);
            out.addAll(locate(extractor.extract(line), i + 1));
        }
        return out;
    }

    private static List<Located> locate(DocumentFacts facts, int line) {
        Page page = facts.page();
        String input = facts.source().text();
        List<Located> out = new ArrayList<>();
        for (ArticleFacts article : facts.articles()) {
            for (Mention m : article.mentions()) {
                if (m.start() < 0 || m.end() <= m.start() || m.end() > page.text().length()) {
                    continue;
                }
                int start = page.sourceOffset(m.start());
                int end = page.sourceOffset(m.end() - 1) + 1;
                int from = input.offsetByCodePoints(0, start);
                int to = input.offsetByCodePoints(from, end - start);
                out.add(new Located(m, line, start, end, input.substring(from, to)));
            }
        }
        out.sort(Comparator.comparingInt(Located::line).thenComparingInt(Located::start).thenComparingInt(Located::end));
        return out.stream().distinct().toList();
    }
}
