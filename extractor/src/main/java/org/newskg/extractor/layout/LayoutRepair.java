package org.newskg.extractor.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Repairs the text of a PDF-extracted newspaper page: removes layout spaces, drops page-jump
 * markers, normalises full-width letters and digits, and joins the lines of a paragraph while
 * keeping a line break wherever a line really ends, so headlines and datelines stay on lines of
 * their own for the article splitter.
 *
 * <p>Line breaks inside a paragraph are told from real ones by the line's shape: a line that
 * fills its column and stops mid-sentence goes on in the next line, even across the blank lines
 * that column and page breaks leave behind; a short line without final punctuation is a headline,
 * kicker or byline.
 */
public final class LayoutRepair {

    /** No headline line is this wide; a line this wide that stops mid-sentence is running text. */
    static final double MAX_HEADLINE_WIDTH = 45;
    /** How far a wrapped line's width may stray from the page's column width. */
    private static final double COLUMN_TOLERANCE = 0.2;
    /** A line much shorter than its neighbours ends its paragraph or stands alone. */
    private static final double SHORT_LINE = 0.6;
    private static final int MAX_HEADLINE_LINES = 4;

    public Page repair(String sourceText) {
        List<PageLine> lines = PageLine.split(sourceText);
        List<List<PageLine>> blocks = blocks(lines);
        double column = columnWidth(blocks);

        StringBuilder text = new StringBuilder();
        int[] offsets = new int[Math.max(16, sourceText.length() + 1)];
        int n = 0;
        List<PageLine> previous = null;
        for (List<PageLine> block : blocks) {
            if (previous != null) {
                PageLine last = previous.get(previous.size() - 1);
                if (!joinsAcrossBlankLines(previous, block, column)) {
                    offsets = grow(offsets, n + 2);
                    text.append("\n\n");
                    offsets[n++] = last.terminatorOffset();
                    offsets[n++] = last.terminatorOffset() + 1;
                }
            }
            boolean headline = isHeadlineBlock(block, column);
            for (int i = 0; i < block.size(); i++) {
                PageLine line = block.get(i);
                offsets = grow(offsets, n + line.length() + 1);
                text.append(line.text());
                for (int k = 0; k < line.length(); k++) {
                    offsets[n++] = line.offset(k);
                }
                if (i + 1 < block.size() && (headline || breaksAfter(block, i))) {
                    text.append('\n');
                    offsets[n++] = line.terminatorOffset();
                }
            }
            previous = block;
        }
        int sourceEnd = sourceText.codePointCount(0, sourceText.length());
        offsets = grow(offsets, n + 1);
        offsets[n++] = sourceEnd;
        return new Page(text.toString(), Arrays.copyOf(offsets, n));
    }

    /** Runs of non-blank lines; a line that jumps to another page closes its block. */
    private static List<List<PageLine>> blocks(List<PageLine> lines) {
        List<List<PageLine>> blocks = new ArrayList<>();
        List<PageLine> current = new ArrayList<>();
        for (PageLine line : lines) {
            if (line.isBlank()) {
                if (line.continuedOn() && !blocks.isEmpty() && current.isEmpty()) {
                    continue;
                }
                close(blocks, current);
                current = new ArrayList<>();
                continue;
            }
            current.add(line);
            if (line.continuedOn()) {
                close(blocks, current);
                current = new ArrayList<>();
            }
        }
        close(blocks, current);
        return blocks;
    }

    private static void close(List<List<PageLine>> blocks, List<PageLine> block) {
        if (!block.isEmpty()) {
            blocks.add(block);
        }
    }

    /** The page's usual column width: the median width of lines that wrap inside a paragraph. */
    private static double columnWidth(List<List<PageLine>> blocks) {
        List<Double> widths = new ArrayList<>();
        for (List<PageLine> block : blocks) {
            for (int i = 0; i + 1 < block.size(); i++) {
                String text = block.get(i).text();
                if (!LineEnds.endsSentence(text) && block.size() > 2) {
                    widths.add(block.get(i).width());
                }
            }
        }
        if (widths.isEmpty()) {
            return MAX_HEADLINE_WIDTH;
        }
        widths.sort(Double::compare);
        return widths.get(widths.size() / 2);
    }

    /** Headlines, kickers, bylines: a few lines, none ending a sentence, none as wide as running text. */
    private static boolean isHeadlineBlock(List<PageLine> block, double column) {
        if (block.size() > MAX_HEADLINE_LINES) {
            return false;
        }
        for (PageLine line : block) {
            String text = line.text();
            if (LineEnds.endsSentence(text) || line.width() > MAX_HEADLINE_WIDTH || line.continuedOn()
                    || LineEnds.startsWithDateline(text)
                    || LineEnds.leavesBracketOpen(text)) {
                return false;
            }
        }
        for (PageLine line : block) {
            String text = line.text();
            // Headlines carry no full stop; a column-wide line of clauses (随后，调研组来到呼和浩特市疾病)
            // is running text broken off by the layout.
            boolean clause = text.contains("，") || text.contains("、") || text.contains("；");
            if (text.contains("。") || (clause && fillsColumn(line, column))) {
                return false;
            }
        }
        return true;
    }

    private static boolean fillsColumn(PageLine line, double column) {
        return line.width() > MAX_HEADLINE_WIDTH || Math.abs(line.width() - column) <= COLUMN_TOLERANCE * column;
    }

    /** Inside a block of running text: does line {@code i} really end? */
    private static boolean breaksAfter(List<PageLine> block, int i) {
        PageLine line = block.get(i);
        PageLine next = block.get(i + 1);
        String text = line.text();
        if (LineEnds.leavesBracketOpen(text) && !next.continuedFrom()) {
            return false;
        }
        if (LineEnds.endsSentence(text) || LineEnds.endsWithCredit(text) || line.continuedOn()
                || next.continuedFrom() || LineEnds.opensArticle(next.text())) {
            return true;
        }
        if (LineEnds.opensArticle(text) && !LineEnds.startsWithDateline(text)) {
            return true; // a byline line of its own: □本报记者 张强
        }
        double neighbours = next.width();
        if (i > 0) {
            neighbours = Math.max(neighbours, block.get(i - 1).width());
        }
        return line.width() < SHORT_LINE * neighbours;
    }

    /** A blank line inside a sentence is a column or page break of the layout, not a paragraph end. */
    private static boolean joinsAcrossBlankLines(List<PageLine> previous, List<PageLine> next, double column) {
        PageLine last = previous.get(previous.size() - 1);
        PageLine first = next.get(0);
        String text = last.text();
        if (LineEnds.endsSentence(text) || LineEnds.endsWithCredit(text) || last.continuedOn()
                || first.continuedFrom() || LineEnds.opensArticle(first.text())
                || isHeadlineBlock(previous, column) || isHeadlineBlock(next, column)) {
            return false;
        }
        if (LineEnds.leavesBracketOpen(text)) {
            return true;
        }
        if (previous.size() >= 2) {
            double before = previous.get(previous.size() - 2).width();
            if (last.width() >= (1 - COLUMN_TOLERANCE) * before) {
                return true;
            }
        }
        return fillsColumn(last, column);
    }

    private static int[] grow(int[] offsets, int needed) {
        return needed <= offsets.length ? offsets : Arrays.copyOf(offsets, Math.max(needed, offsets.length * 2));
    }
}
