package org.newskg.extractor.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadlineAssignerTest {

    private final HeadlineAssigner assigner = new HeadlineAssigner();

    /** The score as first written: regex clean-up, then a set of two-character strings. */
    private static double reference(String headline, String articleText, int length) {
        Set<String> heads = grams(headline);
        if (heads.isEmpty()) {
            return 0;
        }
        String lead = articleText.length() > length ? articleText.substring(0, length) : articleText;
        Set<String> body = grams(lead);
        return (double) heads.stream().filter(body::contains).count() / heads.size();
    }

    private static Set<String> grams(String text) {
        String s = text.replaceAll("[\\s\\p{P}\\p{S}]+", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }

    @Test
    void sharesOfCharacterPairsIgnorePunctuationSpacesAndSymbols() {
        assertEquals(1.0, assigner.score("全区春耕备耕", "本报讯 全区春耕备耕工作有序推进。"));
        // 春耕 · 备耕 pairs as 春耕备耕: 春耕, 耕备, 备耕, of which the article has one
        assertEquals(1.0 / 3, assigner.score("春耕 · 备耕", "春耕，开始了"), 1e-12);
        assertEquals(0.0, assigner.score("，。", "什么都有"));
        // punctuation is taken out before pairing: 耕备 is a pair of "春耕，备耕"
        assertEquals(1.0, assigner.score("耕备", "春耕，备耕"));
    }

    @Test
    void onlyTheLeadOfTheArticleCounts() {
        assertEquals(0.0, assigner.score("春耕", "一二三四五春耕", 5));
        assertEquals(1.0, assigner.score("春耕", "一二三四五春耕", 7));
    }

    @Test
    void agreesWithTheRegexDefinitionOnMixedText() {
        String[] pool = {"春", "耕", "备", "，", "。", " ", "\t", "\n", "·", "+", "$", "^", "¥", "a", "B", "1",
                "\uD83D\uDE00", "\uD840\uDC00", "\uD840", "\uDC00", "《", "》", "—", "_", "、", "\u3000", "©"};
        Random random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            String headline = text(random, pool, random.nextInt(12));
            String article = text(random, pool, random.nextInt(40));
            int length = random.nextInt(article.length() + 2);
            assertEquals(reference(headline, article, length), assigner.score(headline, article, length),
                    () -> "headline " + List.of(headline) + " article " + List.of(article) + " length " + length);
        }
    }

    private static String text(Random random, String[] pool, int parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            b.append(pool[random.nextInt(pool.length)]);
        }
        return b.toString();
    }

    @Test
    void splitKeepsEachBlockWithTheArticleItDescribes() {
        List<String> blocks = List.of("春耕备耕有序推进", "冬奥场馆迎来游客");
        int cut = assigner.split(blocks, "全区春耕备耕工作有序推进，农资供应充足。", "冬奥场馆迎来大批游客。",
                HeadlineAssigner.Order.UNKNOWN, false);
        assertEquals(1, cut);
    }
}
