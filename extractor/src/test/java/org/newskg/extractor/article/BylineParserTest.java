package org.newskg.extractor.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineParserTest {

    private final BylineParser parser = new BylineParser();

    @Test
    void readsNamesAfterRoleWords() {
        assertEquals(List.of("章奎"), parser.names("记者 章奎"));
        assertEquals(List.of("刘晓冬"), parser.names("记者刘晓冬"));
        assertEquals(List.of("图古斯毕力格", "陈东"), parser.names("记者图古斯毕力格 实习生 陈东"));
        assertEquals(List.of("刘慧慧", "耿欣"), parser.names("●本报记者 刘慧慧 耿欣"));
        assertEquals(List.of("王明", "李华"), parser.names("本报记者 王明、李华"));
        assertEquals(List.of(), parser.names("本报评论员"));
    }

    @Test
    void recognisesBylineLines() {
        assertTrue(parser.isBylineLine("□本报记者 刘宏章"));
        assertTrue(parser.isBylineLine("●正言"));
        assertTrue(parser.isBylineLine("本报评论员"));
        assertTrue(parser.isAnonymous("本报评论员"));
        assertFalse(parser.isBylineLine("记者从乌拉特海关获悉，外贸总额达233亿元。"));
        assertFalse(parser.isBylineLine("采摘园里春意浓"));
    }

    @Test
    void readsPhotoCredits() {
        assertEquals(List.of("曹灿"), parser.credit("中国选手隋文静/韩聪夺得双人滑冠军。\n新华社记者 曹灿摄").orElseThrow().names());
        assertEquals(List.of("宋向华", "葛鑫"), parser.credit("■本报记者 宋向华 通讯员 葛鑫摄").orElseThrow().names());
        assertEquals(List.of("孟和朝鲁"), parser.credit("本报记者 孟和朝鲁摄").orElseThrow().names());
        assertTrue(parser.credit("这是一张照片，由他拍摄").isEmpty());
    }

    @Test
    void readsSignatureClosingAnArticle() {
        assertEquals(List.of("李海珍"), parser.signature("推动项目建设早日落地实施。(李海珍)"));
        assertEquals(List.of(), parser.signature("全国政务热线发展高峰论坛（第三届）"));
    }
}
