package org.newskg.extractor.lookup;

/** The calendar date of an event, completed from its article where the page gave no year. */
public final class EventDates {

    private EventDates() {
    }

    /**
     * @param start     the event's {@code schema:startDate} lexical form: {@code 2022-02-07}, or
     *                  {@code --02-07} (gMonthDay) when the page did not say the year; may be null
     * @param published the publication date of the article that reports it; may be null
     * @return an ISO date, or null when neither gives one
     */
    public static String resolve(String start, String published) {
        if (start != null && start.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return start.substring(0, 10);
        }
        // "2月7日" in a page of 2022-02-08 means 2022-02-07: the year is the paper's.
        if (start != null && start.matches("--\\d{2}-\\d{2}.*") && published != null && published.matches("\\d{4}-.*")) {
            return published.substring(0, 4) + start.substring(1, 7);
        }
        return published != null && published.matches("\\d{4}-\\d{2}-\\d{2}.*") ? published.substring(0, 10) : null;
    }
}
