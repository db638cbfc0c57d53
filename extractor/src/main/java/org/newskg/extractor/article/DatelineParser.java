package org.newskg.extractor.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline that opens an article: {@code 本报2月7日讯（记者 王明）},
 * {@code 本报呼和浩特2月19日讯}, {@code 新华社北京2月7日电}, {@code 本报讯(记者 李华)}.
 */
final class DatelineParser {

    /** A dateline at the start of a line, with the reporters' bracket if one follows. */
    record Dateline(String text, Integer month, Integer day, List<String> authors, int end) {

        /** The day the dateline gives, the year taken from the issue; a December dateline in a January issue is last year's. */
        LocalDate date(LocalDate publication) {
            if (month == null || day == null || publication == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.of(publication.getYear(), month, day);
                return date.isAfter(publication.plusDays(31)) ? date.minusYears(1) : date;
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
    }

    private static final Pattern DATELINE = Pattern.compile(
            "^(?:(本报|新华社|中新社|人民日报)(\\p{IsHan}{0,8}?)(?:(\\d{1,2})月(\\d{1,2})日)?(讯|电))");
    private static final Pattern BRACKET = Pattern.compile("^\\s?[（(]([^（()）]{2,40})[）)]");

    private final BylineParser bylines = new BylineParser();

    Optional<Dateline> parse(String line) {
        Matcher m = DATELINE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        // 本报讯 needs no date, but an agency dateline does: 新华社电 alone is too rare to trust
        if (m.group(3) == null && !"本报".equals(m.group(1))) {
            return Optional.empty();
        }
        Integer month = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        Integer day = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        int end = m.end();
        List<String> authors = List.of();
        Matcher bracket = BRACKET.matcher(line.substring(end));
        if (bracket.find()) {
            authors = bylines.names(bracket.group(1));
            if (!authors.isEmpty()) {
                end += bracket.end();
            }
        }
        return Optional.of(new Dateline(m.group(), month, day, authors, end));
    }
}
