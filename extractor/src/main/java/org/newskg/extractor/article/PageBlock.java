package org.newskg.extractor.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of the repaired page between two blank lines, with their offsets in the page text.
 *
 * @param lines {@code [start, end)} of each line, in order
 */
record PageBlock(String pageText, List<int[]> lines) {

    static List<PageBlock> split(String text) {
        List<PageBlock> blocks = new ArrayList<>();
        List<int[]> current = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (s == e) {
                    if (!current.isEmpty()) {
                        blocks.add(new PageBlock(text, current));
                        current = new ArrayList<>();
                    }
                } else {
                    current.add(new int[] {s, e});
                }
                start = i + 1;
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new PageBlock(text, current));
        }
        return blocks;
    }

    String line(int i) {
        return pageText.substring(lines.get(i)[0], lines.get(i)[1]);
    }

    List<String> lineTexts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            texts.add(line(i));
        }
        return texts;
    }

    int start() {
        return lines.get(0)[0];
    }

    int end() {
        return lines.get(lines.size() - 1)[1];
    }

    /** The block from line {@code from} on. */
    PageBlock from(int from) {
        return new PageBlock(pageText, lines.subList(from, lines.size()));
    }

    PageBlock upTo(int to) {
        return new PageBlock(pageText, lines.subList(0, to));
    }
}
