package dev.lede.feed;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates feeds write, read leniently: RFC 822 as RSS uses it (named and numeric zones,
 * two-digit years, missing weekday or seconds, full month names, stray commas), the orders
 * other tools write ({@code Aug 30 2012}, C's asctime, {@code 2006/09/15}) and W3C-DTF /
 * RFC 3339 as Atom and JSON Feed use it (fractions, {@code Z}, lower-case {@code t}, a space
 * for {@code T}, no zone, year and month only). What is not a whole, valid date (a 25th hour,
 * a zone of {@code +zz:00}, trailing words) is null rather than a guess. Results are ISO 8601
 * with the offset the feed gave, UTC when it gave none.
 */
public final class FeedDates {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final Pattern W3C = Pattern.compile(
            "(\\d{4})(?:-(\\d{1,3})(?:-(\\d{1,2})(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})-([A-Za-z]{3,9})-(\\d{2,4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?");
    private static final Pattern NUMERIC_ZONE = Pattern.compile("(?:GMT|UTC|UT)?([+-])(\\d{1,2})(?::?(\\d{2}))?",
            Pattern.CASE_INSENSITIVE);
    /** Zone abbreviations in minutes east of UTC; the US ones without S/D are what Disney and others wrote. */
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("ETC/GMT", 0),
            Map.entry("WET", 0), Map.entry("WEST", 60), Map.entry("BST", 60), Map.entry("IST", 330),
            Map.entry("CET", 60), Map.entry("CEST", 120), Map.entry("MET", 60), Map.entry("MEST", 120),
            Map.entry("EET", 120), Map.entry("EEST", 180), Map.entry("MSK", 180),
            Map.entry("JST", 540), Map.entry("KST", 540), Map.entry("HKT", 480), Map.entry("SGT", 480),
            Map.entry("AWST", 480), Map.entry("ACST", 570), Map.entry("AEST", 600), Map.entry("AEDT", 660),
            Map.entry("NZST", 720), Map.entry("NZDT", 780),
            Map.entry("AST", -240), Map.entry("ADT", -180), Map.entry("AT", -240),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("ET", -300),
            Map.entry("CST", -360), Map.entry("CDT", -300), Map.entry("CT", -360),
            Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("MT", -420),
            Map.entry("PST", -480), Map.entry("PDT", -420), Map.entry("PT", -480),
            Map.entry("AKST", -540), Map.entry("AKDT", -480), Map.entry("HST", -600),
            Map.entry("NST", -210), Map.entry("NDT", -150));
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

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
            Matcher m = W3C.matcher(s);
            if (m.matches()) {
                return of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 1 : Integer.parseInt(m.group(3)), m.group(4), m.group(5), m.group(6),
                        m.group(7) == null ? ZoneOffset.UTC : offset(m.group(7)));
            }
            return written(s);
        } catch (DateTimeException | NumberFormatException e) {
            return null; // 31 February, a 25th hour, an offset of 99 hours and the like
        }
    }

    /**
     * A date written in words and numbers, token by token: an optional weekday, then day and
     * month in either order, the year, the time and the zone, with asctime's year last.
     */
    private static OffsetDateTime written(String s) {
        String t = DAY_MONTH_YEAR.matcher(s).replaceFirst("$1 $2 $3");
        t = SLASHED.matcher(t).replaceFirst("$1-$2-$3");
        t = t.replaceAll("\\([^)]*\\)\\s*$", "").replace(',', ' ').strip(); // "(PST)" comments, stray commas
        List<String> tokens = new ArrayList<>(List.of(t.split("\\s+")));
        if (!tokens.isEmpty() && isWeekday(tokens.get(0))) {
            tokens.remove(0);
        }
        Integer day = null;
        Integer month = null;
        Integer year = null;
        String[] time = null;
        ZoneOffset zone = null;
        for (String token : tokens) {
            if (token.matches("\\d{4}-\\d{1,2}-\\d{1,2}") && year == null) { // from 2006/09/15
                String[] ymd = token.split("-");
                year = Integer.parseInt(ymd[0]);
                month = Integer.parseInt(ymd[1]);
                day = Integer.parseInt(ymd[2]);
            } else if (month == null && token.matches("[A-Za-z]{3,9}\\.?")) {
                month = month(token);
                if (month == null) {
                    return null;
                }
            } else if (token.contains(":") && time == null && !token.matches("(?i)(GMT|UTC|UT)?[+-].*")) {
                Matcher m = TIME.matcher(token);
                if (!m.matches()) {
                    return null;
                }
                time = new String[] {m.group(1), m.group(2), m.group(3)};
            } else if (token.matches("\\d{1,2}") && day == null && year == null) {
                day = Integer.parseInt(token);
            } else if (token.matches("\\d{4}|\\d{2}") && year == null && day != null) {
                year = Integer.parseInt(token);
                if (token.length() == 2) {
                    year += year < 70 ? 2000 : 1900;
                }
            } else if (zone == null && time != null) {
                zone = zone(token);
                if (zone == null) {
                    return null;
                }
            } else if (zone != null && zone(token) != null) {
                continue; // "-0500 EST": the second spelling of the same zone
            } else {
                return null;
            }
        }
        if (day == null || month == null || year == null) {
            return null;
        }
        return of(year, month, day, time == null ? null : time[0], time == null ? null : time[1],
                time == null ? null : time[2], zone == null ? ZoneOffset.UTC : zone);
    }

    private static OffsetDateTime of(int year, int month, int day, String hour, String minute, String second,
                                     ZoneOffset zone) {
        int seconds = second == null ? 0 : Integer.parseInt(second);
        LocalDateTime local = LocalDateTime.of(year, month, day,
                hour == null ? 0 : Integer.parseInt(hour), minute == null ? 0 : Integer.parseInt(minute),
                seconds == 60 ? 59 : seconds); // a leap second is the one before; 61 is no second at all
        return OffsetDateTime.of(local, zone);
    }

    /** A zone as feeds write it: a name, {@code +0100}, {@code -01:00}, {@code GMT+2}; null when it is none. */
    private static ZoneOffset zone(String token) {
        Integer minutes = ZONES.get(token.toUpperCase(Locale.ROOT));
        if (minutes != null) {
            return ZoneOffset.ofTotalSeconds(minutes * 60);
        }
        Matcher m = NUMERIC_ZONE.matcher(token);
        if (m.matches()) {
            return offset(m.group(1) + (m.group(2).length() == 1 ? "0" : "") + m.group(2)
                    + (m.group(3) == null ? "" : m.group(3)));
        }
        return token.matches("[A-Za-z]") ? ZoneOffset.UTC : null; // military letters: RFC 2822 says unknown
    }

    private static ZoneOffset offset(String zone) {
        if (!zone.startsWith("+") && !zone.startsWith("-")) {
            return ZoneOffset.UTC; // Z, UTC, GMT
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        if (minutes > 59) {
            throw new DateTimeException("minutes out of range");
        }
        int sign = zone.startsWith("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static boolean isWeekday(String token) {
        String t = token.toLowerCase(Locale.ROOT).replace(".", "");
        return t.length() >= 3 && t.chars().allMatch(Character::isLetter) && List.of(DAYS).contains(t.substring(0, 3))
                && month(token) == null;
    }

    /** 1 to 12 for a month's name or its first three letters (any case), else null. */
    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (int i = 0; i < MONTHS.length; i++) {
            if (n.startsWith(MONTHS[i]) && FULL_MONTHS[i].startsWith(n)) {
                return i + 1;
            }
        }
        return null;
    }

    private static final String[] FULL_MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
}
