package org.newskg.extractor.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.layout.LayoutRepair;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.source.SourceMetadata.Basis;

class ArticleSplitterTest {

    private static final SourceMetadata ISSUE =
            new SourceMetadata("内蒙古日报", LocalDate.of(2022, 2, 8), Basis.MANIFEST, Basis.MANIFEST);

    private List<Article> split(String source) {
        return new ArticleSplitter().split(new LayoutRepair().repair(source), ISSUE);
    }

    @Test
    void headlinesAfterTheirArticlesGoToTheArticleTheyDescribe() {
        String page = """
                新华社北京2月7日电 2月6日，国家主席习近平向英国女王伊丽莎白二世致贺电，祝贺她登基70周年。

                习近平向英国女王伊丽莎白二世致贺电

                本报2月7日讯 （记者 冯雪玉）2月7日，自治区文旅厅发布消息，今年春节假期，全区实现国内旅游收入23.17亿元。

                春节假期
                全区实现国内旅游收入23.17亿元
                """;
        List<Article> articles = split(page);
        assertEquals(2, articles.size());
        assertEquals("习近平向英国女王伊丽莎白二世致贺电", articles.get(0).headline());
        assertEquals("新华社北京2月7日电", articles.get(0).dateline());
        assertEquals(LocalDate.of(2022, 2, 7), articles.get(0).date());
        assertEquals("春节假期全区实现国内旅游收入23.17亿元", articles.get(1).headline());
        assertEquals(List.of("冯雪玉"), articles.get(1).authors());
        assertEquals(ArticleKind.NEWS, articles.get(1).kind());
    }

    @Test
    void headlinesBeforeTheirArticlesWithKickerAndByline() {
        String page = """
                就我市文旅产业发展情况

                市人大常委会组织代表进行集体视察

                本报讯(记者 刘慧慧)2月8日，市人大常委会组织代表对我市文旅产业发展情况进行集体视察。

                短评

                推动招商引资工作提速提效

                ●正言

                好的项目大家都想要，最终花落谁家，就看谁推动招商引资工作下手早。
                """;
        List<Article> articles = split(page);
        assertEquals(2, articles.size());
        assertEquals("就我市文旅产业发展情况", articles.get(0).kicker());
        assertEquals("市人大常委会组织代表进行集体视察", articles.get(0).headline());
        assertEquals("本报讯", articles.get(0).dateline());
        assertNull(articles.get(0).date());
        assertEquals(List.of("正言"), articles.get(1).authors());
        assertEquals(ArticleKind.COMMENTARY, articles.get(1).kind());
        assertEquals("推动招商引资工作提速提效", articles.get(1).headline());
    }

    @Test
    void photoCaptionEndsWithItsCredit() {
        String page = """
                本报2月7日讯（记者 章奎）2月7日下午，自治区政府召开政务服务工作座谈会。

                春节期间，市民们在采摘园手提果篮采摘草莓，感受别样的田园味道。

                本报记者 孟和朝鲁 摄

                采摘园里春意浓
                """;
        List<Article> articles = split(page);
        Article photo = articles.get(articles.size() - 1);
        assertEquals(ArticleKind.PHOTO, photo.kind());
        assertEquals(List.of("孟和朝鲁"), photo.authors());
        String text = new LayoutRepair().repair(page).text();
        assertEquals("春节期间", photo.body(text).substring(0, 4));
    }

    @Test
    void offsetsCoverDatelineAndBody() {
        String page = "本报2月7日讯（记者 章奎）全区优化营商环境大会召开。\n\n大会在呼和浩特召开\n";
        String text = new LayoutRepair().repair(page).text();
        Article article = split(page).get(0);
        assertEquals("本报2月7日讯（记者 章奎）全区优化营商环境大会召开。", article.body(text));
        assertEquals("大会在呼和浩特召开", article.headline());
    }
}
