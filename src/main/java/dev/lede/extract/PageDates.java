package dev.lede.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates pages write (ISO 8601 and near forms, RFC 1123) as ISO 8601 text. */
final class PageDates {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};

    private PageDates() {
    }

    /** An ISO 8601 form of a date as pages write it, or null when it is not a plausible date. */
    static String iso(String s) {
        String iso = parse(s);
        // Placeholder dates ("0001-01-01", "1970-01-01") and far futures are CMS defaults, not news.
        if (iso == null || iso.length() < 4 || iso.compareTo("1971") < 0
                || iso.substring(0, 4).compareTo(String.valueOf(Year.now().getValue() + 1)) > 0) {
            return null;
        }
        return iso;
    }

    private static String parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        String common = common(v);
        if (common != null) {
            return common;
        }
        try {
            return OffsetDateTime.parse(v).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        // "2019-11-18T10:00:00-0500", "2019-11-18 10:00:00", "2019-11-18T10:00Z" and other near-ISO forms.
        String fixed = v.replace(' ', 'T').replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2");
        try {
            return OffsetDateTime.parse(fixed).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(fixed).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        Matcher m = ISO_DATE.matcher(v);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            } catch (RuntimeException ignored) {
                return null;
            }
        }
        return null;
    }

    /**
     * The forms most pages use, read by hand: "2024-05-04", "2024-05-04T19:56",
     * "2024-05-04T19:56:25.117Z", "...+02:00". The java.time parsers cost a tenth of a
     * millisecond a date (a failed one also an exception), a noticeable share of a bulk
     * import. Gives what those parsers give; null for any other form, left to them.
     */
    static String common(String v) {
        int n = v.length();
        if (n < 10 || !digits(v, 0, 4) || v.charAt(4) != '-' || !digits(v, 5, 2) || v.charAt(7) != '-'
                || !digits(v, 8, 2)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(number(v, 0, 4), number(v, 5, 2), number(v, 8, 2));
            if (n == 10) {
                return date.toString();
            }
            if (n < 16 || v.charAt(10) != 'T' || !digits(v, 11, 2) || v.charAt(13) != ':' || !digits(v, 14, 2)) {
                return null;
            }
            int second = 0;
            int nano = 0;
            int i = 16;
            if (i < n && v.charAt(i) == ':') {
                if (!digits(v, i + 1, 2)) {
                    return null;
                }
                second = number(v, i + 1, 2);
                i += 3;
                if (i < n && v.charAt(i) == '.') {
                    int start = ++i;
                    while (i < n && i - start < 9 && isDigit(v.charAt(i))) {
                        i++;
                    }
                    if (i == start) {
                        return null;
                    }
                    nano = number(v, start, i - start) * POWERS_OF_TEN[9 - (i - start)];
                }
            }
            LocalDateTime time = date.atTime(number(v, 11, 2), number(v, 14, 2), second, nano);
            if (i == n) {
                return time.toString();
            }
            if (i == n - 1 && v.charAt(i) == 'Z') {
                return OffsetDateTime.of(time, ZoneOffset.UTC).toString();
            }
            char sign = v.charAt(i);
            if (i == n - 6 && (sign == '+' || sign == '-') && digits(v, i + 1, 2) && v.charAt(i + 3) == ':'
                    && digits(v, i + 4, 2)) {
                int hours = number(v, i + 1, 2);
                int minutes = number(v, i + 4, 2);
                ZoneOffset offset = sign == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
                        : ZoneOffset.ofHoursMinutes(hours, minutes);
                return OffsetDateTime.of(time, offset).toString();
            }
            return null;
        } catch (DateTimeException outOfRange) {
            return null; // "2019-02-30", "25:00": the general parsers decide
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String v, int start, int count) {
        if (start + count > v.length()) {
            return false;
        }
        for (int i = start; i < start + count; i++) {
            if (!isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String v, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            value = value * 10 + v.charAt(i) - '0';
        }
        return value;
    }
}
