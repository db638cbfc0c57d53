package org.newskg.extractor.mention;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds dates and resolves them to ISO values: a year for 2月19日 from the reference date, a month
 * for 19日 from the date the text last named, the Gregorian day for 正月初七. A date whose year
 * cannot be known stays a {@code gMonthDay}; relative words without a reference date are skipped.
 */
public final class DateFinder implements MentionFinder {

    private static final Comparator<Candidate> TEXT_ORDER = Comparator
            .comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparingInt(c -> c.form().ordinal());

    @Override
    public List<Mention> find(String text, TextContext context) {
        List<Mention> mentions = new ArrayList<>();
        LocalDate reference = context == null ? null : context.referenceDate();
        LocalDate lastDay = null;
        for (Candidate candidate : nonOverlapping(text)) {
            int horizon = FutureSentence.horizonDays(text, candidate.start(), candidate.end());
            Optional<DateValue> value = resolve(candidate, reference, lastDay, horizon);
            if (value.isEmpty()) {
                continue;
            }
            DateValue date = value.get();
            if (date.isDay()) {
                lastDay = LocalDate.parse(date.endValue() != null ? date.endValue() : date.value());
            }
            mentions.add(toMention(candidate, date));
        }
        return mentions;
    }

    /**
     * Every form's matches, as {@code Matcher.find} would give them, but each form is tried only
     * where its match can begin ({@link DateForm#canStartWith}): most characters start no date, and
     * the forms' leading look-behinds are then evaluated at a few positions instead of at every one.
     * Transparent bounds keep the look-behinds and look-aheads seeing the text around the region.
     */
    private static List<Candidate> nonOverlapping(String text) {
        List<Candidate> all = new ArrayList<>();
        DateForm[] forms = DateForm.values();
        Matcher[] matchers = new Matcher[forms.length];
        int[] nextFrom = new int[forms.length];
        int length = text.length();
        for (int i = 0; i < length; i++) {
            int mask = DateForm.startMask(text.charAt(i));
            while (mask != 0) {
                int f = Integer.numberOfTrailingZeros(mask);
                mask &= mask - 1;
                if (i < nextFrom[f]) {
                    continue;
                }
                Matcher matcher = matchers[f];
                if (matcher == null) {
                    matcher = forms[f].pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[f] = matcher;
                }
                matcher.region(i, length);
                if (matcher.lookingAt()) {
                    all.add(new Candidate(forms[f], i, matcher.end(), matcher.group(), groups(matcher)));
                    nextFrom[f] = matcher.end();
                }
            }
        }
        all.sort(TEXT_ORDER);
        List<Candidate> kept = new ArrayList<>();
        int coveredUntil = 0;
        for (Candidate candidate : all) {
            if (candidate.start() >= coveredUntil) {
                kept.add(candidate);
                coveredUntil = candidate.end();
            }
        }
        return kept;
    }

    private static String[] groups(Matcher matcher) {
        String[] groups = new String[matcher.groupCount() + 1];
        for (int i = 0; i <= matcher.groupCount(); i++) {
            groups[i] = matcher.group(i);
        }
        return groups;
    }

    private static Optional<DateValue> resolve(Candidate c, LocalDate reference, LocalDate lastDay, int horizon) {
        String[] g = c.groups();
        return switch (c.form()) {
            case YEAR_MONTH_DAY -> yearOf(g[1], g[2], reference).flatMap(year ->
                    dayRange(year, number(g[3]), number(g[4]), g[5], g[6]));
            case MONTH_DAY -> monthDay(number(g[1]), number(g[2]), g[3], g[4], reference, horizon);
            case LUNAR -> reference == null ? Optional.empty()
                    : LunarDateConverter.toGregorian(lunarMonth(g[2]), lunarDay(g[3]), reference).map(DateValue::of);
            case FESTIVAL -> reference == null ? Optional.empty() : festival(g[1], reference).map(DateValue::of);
            case YEAR_MONTH -> yearOf(g[1], g[2], reference).flatMap(year -> yearMonth(year, number(g[3])));
            case YEAR_RANGE -> yearRange(number(g[1]), number(g[2]));
            case YEAR -> yearOf(g[1], g[2], reference).map(year -> yearAtPart(year, g[3]));
            case MONTH -> reference == null ? Optional.empty() : month(g[1], reference);
            case DAY_RANGE -> bareDay(number(g[1]), lastDay, reference).flatMap(start ->
                    bareDay(number(g[2]), start, reference).map(end -> DateValue.of(start).endingAt(end.toString())));
            case DAY -> bareDay(number(g[1]), lastDay, reference).map(DateValue::of);
            case SAME_DAY -> Optional.ofNullable(lastDay != null ? lastDay : reference).map(DateValue::of);
            case RELATIVE_DAY -> reference == null ? Optional.empty()
                    : Optional.of(DateValue.of(reference.plusDays(relativeDays(g[1]))));
            case RELATIVE_MONTH -> reference == null ? Optional.empty()
                    : Optional.of(DateValue.of(YearMonth.from(reference).plusMonths(relativeMonths(g[1]))));
        };
    }

    private static Optional<Integer> yearOf(String written, String relative, LocalDate reference) {
        if (written != null) {
            int year = DateNumerals.parse(written);
            return year >= 1000 && year <= 2999 ? Optional.of(year) : Optional.empty();
        }
        if (reference == null) {
            return Optional.empty();
        }
        int offset = switch (relative) {
            case "去" -> -1;
            case "明" -> 1;
            default -> 0;
        };
        return Optional.of(reference.getYear() + offset);
    }

    private static Optional<DateValue> dayRange(int year, int month, int day, String endMonth, String endDay) {
        Optional<LocalDate> start = DateYearResolver.dateOf(year, month, day);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        DateValue value = DateValue.of(start.get());
        if (endDay == null) {
            return Optional.of(value);
        }
        int lastMonth = endMonth != null ? number(endMonth) : month;
        int lastYear = lastMonth < month ? year + 1 : year;
        return DateYearResolver.dateOf(lastYear, lastMonth, number(endDay))
                .filter(end -> end.isAfter(start.get()))
                .map(end -> value.endingAt(end.toString()));
    }

    private static Optional<DateValue> monthDay(int month, int day, String endMonth, String endDay,
                                                LocalDate reference, int horizon) {
        if (reference == null) {
            if (month < 1 || month > 12 || day < 1 || day > 29 + (month == 2 ? 0 : 2)) {
                return Optional.empty();
            }
            return Optional.of(DateValue.monthDay(month, day));
        }
        return DateYearResolver.monthDay(month, day, reference, horizon)
                .flatMap(start -> dayRange(start.getYear(), month, day, endMonth, endDay));
    }

    private static Optional<DateValue> yearMonth(int year, int month) {
        return month < 1 || month > 12 ? Optional.empty() : Optional.of(DateValue.of(YearMonth.of(year, month)));
    }

    private static Optional<DateValue> yearRange(int first, int last) {
        if (last <= first || last - first > 50) {
            return Optional.empty();
        }
        return Optional.of(DateValue.of(Year.of(first)).endingAt(Year.of(last).toString()));
    }

    /** 年底 and 年末 point at December, 年初 at January: the precision gold and readers use. */
    private static DateValue yearAtPart(int year, String part) {
        if (part == null) {
            return DateValue.of(Year.of(year));
        }
        return DateValue.of(YearMonth.of(year, "初".equals(part) ? 1 : 12));
    }

    private static Optional<DateValue> month(String written, LocalDate reference) {
        int month = number(written.replace("份", "").replace("月", ""));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(DateValue.of(DateYearResolver.month(month, reference)));
    }

    private static Optional<LocalDate> bareDay(int day, LocalDate monthOf, LocalDate reference) {
        if (reference == null && monthOf == null) {
            return Optional.empty();
        }
        LocalDate anchor = monthOf != null ? monthOf : reference;
        return DateYearResolver.day(day, YearMonth.from(anchor), reference != null ? reference : anchor);
    }

    private static Optional<LocalDate> festival(String name, LocalDate reference) {
        return switch (name) {
            case "除夕", "大年三十" -> LunarDateConverter.newYearsEve(reference);
            case "春节", "大年初一" -> LunarDateConverter.toGregorian(1, 1, reference);
            case "元宵节" -> LunarDateConverter.toGregorian(1, 15, reference);
            case "端午节" -> LunarDateConverter.toGregorian(5, 5, reference);
            case "七夕节" -> LunarDateConverter.toGregorian(7, 7, reference);
            case "中秋节" -> LunarDateConverter.toGregorian(8, 15, reference);
            case "重阳节" -> LunarDateConverter.toGregorian(9, 9, reference);
            default -> Optional.empty();
        };
    }

    private static int lunarMonth(String written) {
        return switch (written) {
            case "正" -> 1;
            case "冬" -> 11;
            case "腊" -> 12;
            default -> DateNumerals.parse(written);
        };
    }

    private static int lunarDay(String written) {
        return DateNumerals.parse(written.startsWith("初") ? written.substring(1) : written);
    }

    private static int relativeDays(String word) {
        return switch (word) {
            case "昨天", "昨日" -> -1;
            case "前天" -> -2;
            case "明天", "明日" -> 1;
            default -> 0;
        };
    }

    private static int relativeMonths(String word) {
        return switch (word) {
            case "上月", "上个月" -> -1;
            case "下月", "下个月" -> 1;
            default -> 0;
        };
    }

    private static int number(String written) {
        return DateNumerals.parse(written);
    }

    private static Mention toMention(Candidate candidate, DateValue date) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(Mention.ATTR_DATATYPE, date.datatype());
        if (date.endValue() != null) {
            attributes.put(Mention.ATTR_END_VALUE, date.endValue());
        }
        return new Mention(MentionType.DATE, candidate.start(), candidate.end(), candidate.text(),
                date.value(), attributes);
    }

    private record Candidate(DateForm form, int start, int end, String text, String[] groups) {
        int length() {
            return end - start;
        }
    }
}
