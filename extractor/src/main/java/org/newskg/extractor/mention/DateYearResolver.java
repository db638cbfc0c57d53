package org.newskg.extractor.mention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Puts a year (and for bare days a month) on a date the text gives without one. A paper reports
 * the recent past and announces the near future, so the date meant is the latest one that lies no
 * more than about a month after the reference date: a January issue's 12月28日 is last December.
 */
final class DateYearResolver {

    /** How far ahead of the issue a paper's dates still plausibly point. */
    private static final int FUTURE_DAYS = 31;
    /** A bare day (19日) is read in the current month unless that lies this far in the future. */
    private static final int BARE_DAY_FUTURE_DAYS = 10;

    private DateYearResolver() {
    }

    static Optional<LocalDate> monthDay(int month, int day, LocalDate reference) {
        return monthDay(month, day, reference, FUTURE_DAYS);
    }

    /**
     * As {@link #monthDay(int, int, LocalDate)}, with the horizon the sentence allows: one that
     * announces what is to come (会议决定…8月22日至24日召开, 将于…) reaches half a year ahead.
     */
    static Optional<LocalDate> monthDay(int month, int day, LocalDate reference, int futureDays) {
        LocalDate limit = reference.plusDays(futureDays);
        for (int year = reference.getYear() + 1; year >= reference.getYear() - 1; year--) {
            Optional<LocalDate> candidate = dateOf(year, month, day);
            if (candidate.isPresent() && !candidate.get().isAfter(limit)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    static YearMonth month(int month, LocalDate reference) {
        YearMonth limit = YearMonth.from(reference.plusDays(FUTURE_DAYS));
        YearMonth candidate = YearMonth.of(reference.getYear() + 1, month);
        while (candidate.isAfter(limit)) {
            candidate = candidate.minusYears(1);
        }
        return candidate;
    }

    /**
     * A day of the month without a month: in {@code monthOf}'s month (the one the text last named),
     * else in the reference month, else the month before, whichever first is not in the future.
     */
    static Optional<LocalDate> day(int day, YearMonth monthOf, LocalDate reference) {
        LocalDate limit = reference.plusDays(BARE_DAY_FUTURE_DAYS);
        YearMonth current = YearMonth.from(reference);
        for (YearMonth month : new YearMonth[] {monthOf, current, current.minusMonths(1)}) {
            Optional<LocalDate> candidate = dateOf(month.getYear(), month.getMonthValue(), day);
            if (candidate.isPresent() && !candidate.get().isAfter(limit)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> dateOf(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }
}
