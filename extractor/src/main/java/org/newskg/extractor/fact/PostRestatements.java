package org.newskg.extractor.fact;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extractor.mention.Mention;

/**
 * A title written after a name as a form of address (习近平总书记, 马某某总统) restates the post the
 * page gives that person in full anywhere, often in another article (中共中央总书记, 某国总统): the
 * holding is dropped then, so one post is not counted twice. Only when no other title of that
 * person ends with the same word does the address stand as a post of its own.
 */
public final class PostRestatements {

    private PostRestatements() {
    }

    public static List<ArticleFacts> dropRestated(List<ArticleFacts> articles) {
        List<PostHolding> all = new ArrayList<>();
        articles.forEach(a -> all.addAll(a.posts()));
        List<ArticleFacts> out = new ArrayList<>(articles.size());
        for (ArticleFacts article : articles) {
            List<PostHolding> kept = article.posts().stream().filter(h -> !restates(h, all)).toList();
            out.add(kept.size() == article.posts().size() ? article
                    : new ArticleFacts(article.article(), article.mentions(), kept, article.events(), article.sentences()));
        }
        return out;
    }

    private static boolean restates(PostHolding holding, List<PostHolding> all) {
        if (!"true".equals(holding.title().attribute(Mention.ATTR_WRITTEN_AFTER_NAME))) {
            return false;
        }
        String head = holding.title().canonical();
        for (PostHolding other : all) {
            if (other != holding && !"true".equals(other.title().attribute(Mention.ATTR_WRITTEN_AFTER_NAME))
                    && other.person().canonical().equals(holding.person().canonical())
                    && other.title().canonical().endsWith(head)) {
                return true;
            }
        }
        return false;
    }
}
