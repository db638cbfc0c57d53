package org.newskg.extractor.fact;

import java.util.List;
import org.newskg.extractor.article.Article;
import org.newskg.extractor.mention.Mention;

/**
 * Everything found in one article. Offsets of mentions are UTF-16 offsets into the page text.
 *
 * @param mentions  resolved mentions of every type, overlaps removed
 * @param sentences sentence boundaries in the page text, as {@code [start, end)} pairs
 */
public record ArticleFacts(Article article, List<Mention> mentions, List<PostHolding> posts,
                           List<EventFact> events, List<int[]> sentences) {

    public ArticleFacts {
        mentions = List.copyOf(mentions);
        posts = List.copyOf(posts);
        events = List.copyOf(events);
        sentences = List.copyOf(sentences);
    }
}
