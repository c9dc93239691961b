package dev.lede.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An article's published day as story placement weighs it: the date its stored published
 * time starts with (ISO 8601, date first), as an epoch day, or {@link #NONE} when it has none
 * (no date, shorter than a date, or not a real one such as {@code 2013-02-30}). Unlike the
 * list's day ({@link QuerySql}) it never falls back to the day the article was saved: an
 * article of unknown date compares at full weight with any other.
 */
public final class PublishedDay {
    /** No usable published date. */
    public static final int NONE = Integer.MIN_VALUE;

    private PublishedDay() {
    }

    /** The epoch day of the stored published date {@code published}, or {@link #NONE}. */
    public static int of(String published) {
        if (published == null || published.length() < 10) {
            return NONE;
        }
        try {
            return (int) LocalDate.parse(published.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return NONE;
        }
    }

    /**
     * The same day in SQL, of the column or expression {@code published}: NULL for {@link #NONE}.
     * The digits are checked by GLOB ({@code LocalDate.parse} takes ASCII digits only) and the
     * date by a round trip through julianday, which rolls a day past the month's end into the
     * next month ({@code date()} of the text alone keeps {@code 2013-02-30} as it is). The day
     * comes from julianday too (a midnight's is a whole number and a half): {@code unixepoch()}
     * needs SQLite 3.38, and the trigger holding this runs in any tool that edits the file. The
     * migration that added {@code related_vectors.day} writes the same expression out.
     */
    static String sql(String published) {
        String date = "substr(" + published + ", 1, 10)";
        return "CASE WHEN " + published + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
                + " AND date(julianday(" + date + ")) = " + date
                + " THEN CAST(julianday(" + date + ") - 2440587.5 AS INTEGER) END";
    }
}
