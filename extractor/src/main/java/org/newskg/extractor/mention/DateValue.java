package org.newskg.extractor.mention;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * A resolved date expression: its ISO value at the precision the text gives, the XSD datatype of
 * that value, and where a range ends (null when it is not a range).
 */
record DateValue(String value, String datatype, String endValue) {

    static DateValue of(LocalDate date) {
        return new DateValue(date.toString(), "date", null);
    }

    static DateValue of(YearMonth month) {
        return new DateValue(month.toString(), "gYearMonth", null);
    }

    static DateValue of(Year year) {
        return new DateValue(year.toString(), "gYear", null);
    }

    static DateValue monthDay(int month, int day) {
        return new DateValue(String.format("--%02d-%02d", month, day), "gMonthDay", null);
    }

    DateValue endingAt(String end) {
        return new DateValue(value, datatype, end);
    }

    boolean isDay() {
        return "date".equals(datatype);
    }
}
