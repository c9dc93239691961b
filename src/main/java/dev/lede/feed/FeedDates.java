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
    /** A comment at the end, {@code (PST)}. */
    private static final Pattern COMMENT = Pattern.compile("\\([^)]*\\)\\s*$");
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
     * month in either order, the year, the time and the zone, with asctime's year last. Tokens
     * are told apart by their characters rather than by regular expressions: this runs for
     * every RSS date.
     */
    private static OffsetDateTime written(String s) {
        String t = s.indexOf('-') < 0 ? s : DAY_MONTH_YEAR.matcher(s).replaceFirst("$1 $2 $3");
        t = t.indexOf('/') < 0 ? t : SLASHED.matcher(t).replaceFirst("$1-$2-$3");
        t = t.indexOf('(') < 0 ? t : COMMENT.matcher(t).replaceFirst(""); // "(PST)" comments
        t = t.replace(',', ' ').strip(); // stray commas
        String[] tokens = tokens(t);
        Integer day = null;
        Integer month = null;
        Integer year = null;
        String[] time = null;
        ZoneOffset zone = null;
        for (int i = tokens.length > 0 && isWeekday(tokens[0]) ? 1 : 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (year == null && isYearMonthDay(token)) { // from 2006/09/15
                int dash = token.indexOf('-');
                int second = token.indexOf('-', dash + 1);
                year = Integer.parseInt(token, 0, dash, 10);
                month = Integer.parseInt(token, dash + 1, second, 10);
                day = Integer.parseInt(token, second + 1, token.length(), 10);
            } else if (month == null && isWord(token)) {
                month = month(token);
                if (month == null) {
                    return null;
                }
            } else if (time == null && token.indexOf(':') >= 0 && !startsNumericZone(token)) {
                Matcher m = TIME.matcher(token);
                if (!m.matches()) {
                    return null;
                }
                time = new String[] {m.group(1), m.group(2), m.group(3)};
            } else if (day == null && year == null && isDigits(token, 0, token.length(), 2)) {
                day = Integer.parseInt(token);
            } else if (year == null && day != null && (token.length() == 4 || token.length() == 2)
                    && isDigits(token, 0, token.length(), 4)) {
                year = Integer.parseInt(token);
                if (token.length() == 2) {
                    year += year < 70 ? 2000 : 1900;
                }
            } else if (zone == null) {
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

    /** {@code text} split at runs of ASCII blanks (what {@code \s} means in a pattern); text starts with none. */
    private static String[] tokens(String text) {
        if (text.isEmpty()) {
            return new String[0];
        }
        List<String> tokens = new ArrayList<>(6);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isBlank(text.charAt(i))) {
                if (i > start) {
                    tokens.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return tokens.toArray(new String[0]);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code 2006-09-15}: four digits, a dash, one or two, a dash, one or two. */
    private static boolean isYearMonthDay(String token) {
        int dash = token.indexOf('-');
        int second = dash < 0 ? -1 : token.indexOf('-', dash + 1);
        return dash == 4 && second > 0 && isDigits(token, 0, dash, 4)
                && isDigits(token, dash + 1, second, 2) && isDigits(token, second + 1, token.length(), 2);
    }

    /** Whether {@code token} from {@code start} to {@code end} is 1 to {@code most} ASCII digits. */
    private static boolean isDigits(String token, int start, int end, int most) {
        if (end <= start || end - start > most) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A month's name as written: 3 to 9 ASCII letters, perhaps a final dot. */
    private static boolean isWord(String token) {
        int letters = token.endsWith(".") ? token.length() - 1 : token.length();
        if (letters < 3 || letters > 9) {
            return false;
        }
        for (int i = 0; i < letters; i++) {
            if (!isAsciiLetter(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code +01:00}, {@code GMT-5}, {@code UT+2}: a zone, which is no time of day though it has a colon. */
    private static boolean startsNumericZone(String token) {
        int sign = token.regionMatches(true, 0, "GMT", 0, 3) || token.regionMatches(true, 0, "UTC", 0, 3) ? 3
                : token.regionMatches(true, 0, "UT", 0, 2) ? 2 : 0;
        for (int at : new int[] {sign, 0}) {
            if (at < token.length() && (token.charAt(at) == '+' || token.charAt(at) == '-')) {
                return true;
            }
        }
        return false;
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
        return token.length() == 1 && isAsciiLetter(token.charAt(0)) ? ZoneOffset.UTC : null; // military letters: RFC 2822 says unknown
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
        if (t.length() < 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        for (String day : DAYS) {
            if (t.startsWith(day)) {
                return month(token) == null;
            }
        }
        return false;
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
