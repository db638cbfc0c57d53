package org.newskg.extractor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.mention.MentionType;
import org.newskg.extractor.source.SourceMetadata;

/**
 * Sentences given one a line with no paper and no date, as public NER test sets (People's Daily
 * 1998, MSRA) would be run through {@code extract --lines}: persons, places at home and abroad,
 * and organizations must come out of each line on its own. The sentences are invented.
 */
class SentenceLevelExtractionTest {

    private static final MentionExtraction EXTRACTION = new MentionExtraction(Extractor.standard());

    private static Set<String> found(String sentence, MentionType type) {
        List<MentionExtraction.Located> all = EXTRACTION.ofLines(sentence, SourceMetadata.unknown());
        return all.stream().filter(l -> l.mention().type() == type).map(l -> l.mention().text()).collect(Collectors.toSet());
    }

    private static void has(String sentence, MentionType type, String... expected) {
        Set<String> got = found(sentence, type);
        for (String e : expected) {
            assertTrue(got.contains(e), () -> type + " " + e + " not in " + got + " of " + sentence);
        }
    }

    @Test
    void leadersAndTheirCountriesAndCapitals() {
        String s = "国务院总理李强今天在北京会见了来访的法国总统马克龙。";
        has(s, MentionType.PERSON, "李强", "马克龙");
        has(s, MentionType.REGION, "北京", "法国");
        has(s, MentionType.ORGANIZATION, "国务院");
    }

    @Test
    void foreignCitiesAreRegions() {
        // 万象 is left out of the city list: 万象更新 is a common phrase.
        assertTrue(found("春回大地，万象更新。", MentionType.REGION).isEmpty());
        has("据新华社报道，日本首相岸田文雄将于下月访问韩国首尔。", MentionType.REGION, "日本", "韩国", "首尔");
        has("俄罗斯外长拉夫罗夫与美国官员在日内瓦举行会谈。", MentionType.REGION, "俄罗斯", "日内瓦");
        has("俄罗斯外长拉夫罗夫与美国官员在日内瓦举行会谈。", MentionType.PERSON, "拉夫罗夫");
        has("联合国秘书长9日在纽约发表声明，呼吁各方保持克制。", MentionType.REGION, "纽约");
    }

    @Test
    void aLeaderAbroadNeedsNoChineseSurname() {
        has("德国总理朔尔茨、意大利总理梅洛尼出席了欧盟峰会。", MentionType.PERSON, "朔尔茨", "梅洛尼");
        has("德国总理朔尔茨、意大利总理梅洛尼出席了欧盟峰会。", MentionType.ORGANIZATION, "欧盟");
        has("韩国总统尹锡悦在首尔会见了越南国家主席武文赏。", MentionType.PERSON, "尹锡悦", "武文赏");
    }

    @Test
    void internationalAndNationalBodies() {
        has("世界卫生组织总干事谭德塞表示，疫情仍在全球蔓延。", MentionType.ORGANIZATION, "世界卫生组织");
        has("世界卫生组织总干事谭德塞表示，疫情仍在全球蔓延。", MentionType.PERSON, "谭德塞");
        has("中国人民银行行长潘功胜在上海出席论坛并致辞。", MentionType.ORGANIZATION, "中国人民银行");
        has("中国人民银行行长潘功胜在上海出席论坛并致辞。", MentionType.REGION, "上海");
        has("中国足协主席宋凯出席发布会。", MentionType.ORGANIZATION, "中国足协");
        has("证监会和国家发展改革委联合发布通知。", MentionType.ORGANIZATION, "证监会", "国家发展改革委");
    }

    @Test
    void schoolsCourtsAndPeople() {
        has("清华大学教授张伟明说，人工智能将深刻改变教育。", MentionType.PERSON, "张伟明");
        has("清华大学教授张伟明说，人工智能将深刻改变教育。", MentionType.ORGANIZATION, "清华大学");
        has("浙江省杭州市西湖区人民法院对此案作出一审判决。", MentionType.ORGANIZATION, "浙江省杭州市西湖区人民法院");
    }

    @Test
    void aRegionShortFormBeforeItsSuffixIsNotDoubled() {
        List<MentionExtraction.Located> all = EXTRACTION.ofLines("记者从广东省深圳市公安局获悉。", SourceMetadata.unknown());
        assertTrue(all.stream().filter(l -> l.mention().type() == MentionType.ORGANIZATION)
                .allMatch(l -> !l.mention().canonical().contains("省省")), all::toString);
    }
}
