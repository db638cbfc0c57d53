package org.newskg.extractor.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.mention.MentionType;

class PostRestatementsTest {

    private static final Mention PERSON = Mention.of(MentionType.PERSON, 0, 3, "王建林", "王建林");

    private static Mention title(String text, boolean afterName) {
        return new Mention(MentionType.TITLE, 3, 3 + text.length(), text, text,
                afterName ? Map.of(Mention.ATTR_WRITTEN_AFTER_NAME, "true") : Map.of());
    }

    private static ArticleFacts article(PostHolding... posts) {
        return new ArticleFacts(null, List.of(), List.of(posts), List.of(), List.of());
    }

    @Test
    void anAddressRestatingAFullerTitleOfThePageIsDropped() {
        PostHolding full = new PostHolding(PERSON, title("国家主席", false));
        PostHolding address = new PostHolding(PERSON, title("主席", true));
        List<ArticleFacts> out = PostRestatements.dropRestated(List.of(article(full), article(address)));
        assertEquals(List.of(full), out.get(0).posts());
        assertEquals(List.of(), out.get(1).posts());
    }

    @Test
    void anAddressWithNoFullerTitleStands() {
        PostHolding address = new PostHolding(PERSON, title("总统", true));
        PostHolding other = new PostHolding(PERSON, title("国家主席", false));
        List<ArticleFacts> out = PostRestatements.dropRestated(List.of(article(other, address)));
        assertEquals(2, out.get(0).posts().size());
    }
}
