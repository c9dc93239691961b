package dev.lede.feed;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates feeds write, read leniently: RFC 822 as RSS uses it (named and numeric zones,
 * two-digit years, missing weekday or seconds) and RFC 3339 / ISO 8601 as Atom and JSON Feed
 * use it (fractions, {@code Z}, lower-case {@code t}, a space for {@code T}, no zone).
 * Results are ISO 8601 with the offset the feed gave, UTC when it gave none.
 */
public final class FeedDates {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final Pattern RFC_3339 = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*"
                    + "(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[A-Za-z]+,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,})\\.?[\\s-]+(\\d{2,4})"
                    + "(?:[\\sT,]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?.*");
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("BST", 1), Map.entry("IST", 5));
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private FeedDates() {
    }

    /** The date in {@code text} as {@code 2025-03-02T10:00:00+01:00}, or null when it is not one. */
    public static String parse(String text) {
        OffsetDateTime date = parseDate(text);
        return date == null ? null : ISO.format(date);
    }

    /** The date in {@code text}, or null when it is not one. */
    public static OffsetDateTime parseDate(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 100) {
            return null;
        }
        try {
            Matcher m = RFC_3339.matcher(s);
            if (m.matches()) {
                return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4), m.group(5), m.group(6), m.group(7));
            }
            m = RFC_822.matcher(s);
            if (m.matches()) {
                int month = month(m.group(2));
                if (month < 0) {
                    return null;
                }
                int year = Integer.parseInt(m.group(3));
                if (m.group(3).length() == 2) {
                    year += year < 70 ? 2000 : 1900;
                }
                return of(year, month + 1, Integer.parseInt(m.group(1)), m.group(4), m.group(5), m.group(6), m.group(7));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null; // 31 February and the like
        }
        return null;
    }

    private static OffsetDateTime of(int year, int month, int day, String hour, String minute, String second,
                                     String zone) {
        LocalDateTime local = LocalDateTime.of(year, month, day,
                hour == null ? 0 : Integer.parseInt(hour), minute == null ? 0 : Integer.parseInt(minute),
                second == null ? 0 : Math.min(59, Integer.parseInt(second))); // a leap second is the one before
        return OffsetDateTime.of(local, offset(zone));
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.substring(1).replace(":", "");
            int hours = Integer.parseInt(digits.substring(0, 2));
            int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
            int sign = zone.startsWith("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        Integer hours = ZONES.get(zone.toUpperCase(Locale.ROOT));
        return hours == null ? ZoneOffset.UTC : ZoneOffset.ofHours(hours); // military and unknown zones: UTC
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
