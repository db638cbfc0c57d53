package org.newskg.extractor.mention;

/**
 * One title of a chain, as written: {@code 自治区党委书记} in {@code 自治区党委书记、人大常委会主任X}.
 *
 * @param start  offset in the text
 * @param end    offset after the title
 * @param prefix what the title says about where the post is (自治区党委), possibly empty (局长)
 * @param head   the post itself (书记, 常务副主席, 总经理助理)
 * @param refersBack whether the organization was named earlier and referred to (该公司)
 */
record TitleSegment(int start, int end, String prefix, String head, boolean refersBack) {

    String text() {
        return prefix + head;
    }
}
