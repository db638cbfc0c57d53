package org.newskg.extractor.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reporters' and photographers' names from bylines ({@code 记者 王明 李华},
 * {@code □本报记者 张强}), photo credits ({@code 新华社记者 赵刚摄}) and signatures at the end of an
 * article ({@code （王明）}). Names are recognised by shape, not from a list, so unseen reporters
 * are found too.
 */
final class BylineParser {

    /** Words that say what a person is, printed before their name. */
    private static final Pattern ROLE = Pattern.compile(
            "本报特约评论员|本报评论员|特约评论员|评论员|本报见习记者|本报记者|新华社记者|新华社发|见习记者|特约记者|记者|"
                    + "实习生|通讯员|摄影|摄像|本报|新华社");
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{1,8}·\\p{IsHan}{1,8}(?:·\\p{IsHan}{1,8})?|\\p{IsHan}{5,7}");
    private static final Pattern MARK = Pattern.compile("^[□●■◎◆▲★]\\s?");
    /** A byline standing on its own line: a mark or a reporter's title, then names; or a mark and a pen name. */
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "^(?:[□●■◎◆▲★]\\s?)?(?:本报(?:特约|见习)?记者|新华社记者|记者|通讯员|本报(?:特约)?评论员)[\\s\\p{IsHan}·、]*摄?$"
                    + "|^[□●■◎◆▲★]\\s?\\p{IsHan}{2,4}$");
    /** A photo credit closing a caption: 新华社记者 赵刚摄, ■本报记者 孙丽 通讯员 周涛 摄. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:[□●■◎◆▲★]\\s?)?(?:(?:本报|新华社)?(?:见习)?记者|通讯员|摄影)[\\s\\p{IsHan}·、]*?\\s?摄$");
    private static final Pattern SIGNATURE = Pattern.compile("[。！？”][（(](\\p{IsHan}{2,4}(?:[ 、]\\p{IsHan}{2,4})*)[）)]$");

    /** Names in a byline text, role words removed: {@code 记者图古斯毕力格 实习生 陈东} gives two. */
    List<String> names(String byline) {
        String text = MARK.matcher(byline.strip()).replaceFirst("");
        if (text.endsWith("摄")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> names = new ArrayList<>();
        for (String part : ROLE.matcher(text).replaceAll(" ").split("[\\s、，,]+")) {
            if (!part.isEmpty() && NAME.matcher(part).matches()) {
                names.add(part);
            }
        }
        return names;
    }

    boolean isBylineLine(String line) {
        return BYLINE_LINE.matcher(line.strip()).matches();
    }

    /** A byline without a person, such as 本报评论员: it signs the piece before it. */
    boolean isAnonymous(String line) {
        return isBylineLine(line) && names(line).isEmpty();
    }

    boolean isCommentarySignature(String line) {
        return line.contains("评论员");
    }

    /** The credit at the end of a caption, or empty. */
    Optional<Credit> credit(String text) {
        String trimmed = text.strip();
        if (!trimmed.endsWith("摄")) {
            return Optional.empty();
        }
        Matcher m = CREDIT.matcher(trimmed.replace('\n', ' '));
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> names = names(m.group());
        return names.isEmpty() ? Optional.empty() : Optional.of(new Credit(names, m.start()));
    }

    /** A reporter's name in brackets closing the last paragraph: {@code ……落地实施。(王明)}. */
    List<String> signature(String lastParagraph) {
        Matcher m = SIGNATURE.matcher(lastParagraph.strip());
        return m.find() ? names(m.group(1)) : List.of();
    }

    record Credit(List<String> names, int start) { }
}
