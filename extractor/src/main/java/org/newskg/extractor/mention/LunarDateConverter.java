package org.newskg.extractor.mention;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Converts a day of the Chinese lunisolar calendar (正月初七, 腊月二十三) to the Gregorian day the paper
 * means, through ICU's astronomical calendar rather than a table that would run out.
 */
final class LunarDateConverter {

    private static final TimeZone CHINA = TimeZone.getTimeZone("Asia/Shanghai");

    private LunarDateConverter() {
    }

    /**
     * The Gregorian date of lunar {@code month}/{@code day} in the lunar year nearest the reference
     * (a 腊月 date in a January paper belongs to the lunar year that is about to end).
     */
    static Optional<LocalDate> toGregorian(int month, int day, LocalDate reference) {
        int lunarYear = lunarYearOf(reference);
        LocalDate best = null;
        for (int year = lunarYear - 1; year <= lunarYear + 1; year++) {
            Optional<LocalDate> candidate = convert(year, month, day);
            if (candidate.isPresent() && (best == null || closer(candidate.get(), best, reference))) {
                best = candidate.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** 除夕: the last day of the lunar year nearest the reference, whether 腊月 has 29 or 30 days. */
    static Optional<LocalDate> newYearsEve(LocalDate reference) {
        int lunarYear = lunarYearOf(reference);
        LocalDate best = null;
        for (int year = lunarYear - 1; year <= lunarYear + 1; year++) {
            LocalDate candidate = convert(year + 1, 1, 1).orElseThrow().minusDays(1);
            if (best == null || closer(candidate, best, reference)) {
                best = candidate;
            }
        }
        return Optional.of(best);
    }

    private static boolean closer(LocalDate candidate, LocalDate best, LocalDate reference) {
        return Math.abs(candidate.toEpochDay() - reference.toEpochDay())
                < Math.abs(best.toEpochDay() - reference.toEpochDay());
    }

    private static int lunarYearOf(LocalDate date) {
        ChineseCalendar calendar = new ChineseCalendar(CHINA);
        GregorianCalendar gregorian = new GregorianCalendar(CHINA);
        gregorian.clear();
        gregorian.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0);
        calendar.setTimeInMillis(gregorian.getTimeInMillis());
        return calendar.get(ChineseCalendar.EXTENDED_YEAR);
    }

    private static Optional<LocalDate> convert(int lunarYear, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            return Optional.empty();
        }
        ChineseCalendar calendar = new ChineseCalendar(CHINA);
        calendar.clear();
        calendar.set(ChineseCalendar.EXTENDED_YEAR, lunarYear);
        calendar.set(ChineseCalendar.MONTH, month - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(ChineseCalendar.DAY_OF_MONTH, 1);
        if (day > calendar.getActualMaximum(ChineseCalendar.DAY_OF_MONTH)) {
            return Optional.empty();
        }
        calendar.set(ChineseCalendar.DAY_OF_MONTH, day);
        calendar.set(ChineseCalendar.HOUR_OF_DAY, 12);
        GregorianCalendar gregorian = new GregorianCalendar(CHINA);
        gregorian.setTimeInMillis(calendar.getTimeInMillis());
        return Optional.of(LocalDate.of(gregorian.get(Calendar.YEAR),
                gregorian.get(Calendar.MONTH) + 1,
                gregorian.get(Calendar.DAY_OF_MONTH)));
    }
}
