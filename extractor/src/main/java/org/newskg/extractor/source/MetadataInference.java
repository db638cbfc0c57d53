package org.newskg.extractor.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a page's paper and issue date from its text when nothing better is known. These are
 * heuristics, and the result is marked {@link SourceMetadata.Basis#TEXT} so users can tell.
 */
final class MetadataInference {

    /** A masthead-style issue date standing on a line of its own, optionally with the weekday. */
    private static final Pattern ISSUE_DATE = Pattern.compile(
            "(?m)^\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*(星期[一二三四五六日天])?\\s*$");
    private static final Pattern DATELINE = Pattern.compile(
            "(?:本报|新华社|中新社)[\\p{IsHan}]{0,8}?(\\d{1,2})月(\\d{1,2})日(?:讯|电)");
    /** A year standing for itself, not a target (到2025年, 至2025年) nor part of a longer number. */
    private static final Pattern YEAR = Pattern.compile("(?<![到至\\d.])((?:19|20)\\d{2})年");
    private static final Pattern CITY_PRONOUN = Pattern.compile("我市|青城");
    private static final Pattern REGION_WORD = Pattern.compile("自治区|我区|全区");

    static final String HOHHOT_DAILY = "呼和浩特日报";
    static final String INNER_MONGOLIA_DAILY = "内蒙古日报";

    Optional<String> paper(String text) {
        String compact = compact(text);
        if (!compact.contains("本报")) {
            return Optional.empty();
        }
        // 我市 and 青城 are what the city paper calls its own city; the regional paper says 首府 too,
        // so 首府 only decides when it outnumbers the regional paper's own words for the region.
        boolean aboutHohhot = compact.contains("呼和浩特") || compact.contains("首府") || compact.contains("青城");
        int city = count(CITY_PRONOUN, compact);
        int capital = count(Pattern.compile("首府"), compact);
        int region = count(REGION_WORD, compact);
        if (aboutHohhot && (city > 0 || capital > region)) {
            return Optional.of(HOHHOT_DAILY);
        }
        if (region > 0) {
            return Optional.of(INNER_MONGOLIA_DAILY);
        }
        return Optional.empty();
    }

    Optional<LocalDate> date(String text) {
        String lines = text.replaceAll("[ \\t\\u3000]+", "");
        Matcher issue = ISSUE_DATE.matcher(lines);
        if (issue.find()) {
            return toDate(issue.group(1), issue.group(2), issue.group(3));
        }
        String compact = compact(text);
        MonthDay latest = null;
        Matcher dateline = DATELINE.matcher(compact);
        while (dateline.find()) {
            try {
                MonthDay day = MonthDay.of(Integer.parseInt(dateline.group(1)), Integer.parseInt(dateline.group(2)));
                latest = latest == null || day.isAfter(latest) ? day : latest;
            } catch (DateTimeException e) {
                // a misprinted dateline says nothing about the issue
            }
        }
        Optional<Integer> year = latestYear(compact);
        if (latest == null || year.isEmpty()) {
            return Optional.empty();
        }
        // Datelines give the day of the news; a morning paper prints it the next day.
        return Optional.of(latest.atYear(year.get()).plusDays(1));
    }

    /** The latest year the page names: news speaks of the current and past years far more than of later ones. */
    private static Optional<Integer> latestYear(String compact) {
        Matcher m = YEAR.matcher(compact);
        Integer latest = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            latest = latest == null || y > latest ? y : latest;
        }
        return Optional.ofNullable(latest);
    }

    private static Optional<LocalDate> toDate(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** PDF extraction scatters spaces and line breaks inside words; cues are looked for without them. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
