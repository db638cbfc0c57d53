package org.newskg.extractor.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An article while the splitter is still finding its parts. */
final class ArticleDraft {

    int start = -1;
    int end = -1;
    DatelineParser.Dateline dateline;
    final Set<String> authors = new LinkedHashSet<>();
    /** Headline blocks, each a list of lines, in page order. */
    final List<List<String>> heads = new ArrayList<>();
    boolean photo;
    boolean commentary;
    /** A caption's credit or a jump closes the article: what follows is another piece. */
    boolean closed;

    /** {@code [start, end)} of each paragraph run added, so a caption at the end can be split off. */
    final List<int[]> parts = new ArrayList<>();

    boolean hasBody() {
        return end > start && start >= 0;
    }

    void extend(int from, int to) {
        if (start < 0) {
            start = from;
        }
        end = Math.max(end, to);
        parts.add(new int[] {from, to});
    }

    /** Moves the last paragraph run into an article of its own: a caption printed below an article's text. */
    ArticleDraft splitOffLastPart() {
        int[] last = parts.remove(parts.size() - 1);
        end = parts.get(parts.size() - 1)[1];
        ArticleDraft caption = new ArticleDraft();
        caption.extend(last[0], last[1]);
        return caption;
    }
}
