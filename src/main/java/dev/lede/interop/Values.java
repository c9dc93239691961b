package dev.lede.interop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How exports write times, flags and tag lists, read leniently (real exports vary). */
final class Values {
    private Values() {
    }

    /**
     * A time as exports write it: Unix seconds or milliseconds, ISO 8601 with or without an
     * offset ({@code T} or a space between date and time), or a bare date; null when absent or unreadable.
     */
    static Instant time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return epoch(n.longValue());
        }
        String s = value.toString().strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.matches("\\d{1,13}(\\.\\d+)?")) {
            return epoch((long) Double.parseDouble(s));
        }
        String iso = s.replace(' ', 'T');
        if (iso.matches(".*[+-]\\d{2}$")) {
            iso = iso + ":00";
        }
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Seconds since 1970, or milliseconds when the number is too large to be seconds. */
    private static Instant epoch(long n) {
        if (n <= 0) {
            return null;
        }
        return n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }

    /** A flag as exports write it: true/false, 1/0, yes/no. */
    static boolean flag(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.intValue() != 0;
        }
        String s = value == null ? "" : value.toString().strip().toLowerCase(Locale.ROOT);
        return s.equals("true") || s.equals("1") || s.equals("yes") || s.equals("y");
    }

    /**
     * Tags as exports write them: a JSON list, a Python-style list ({@code ['a', 'b']}), or
     * text split on {@code separators}.
     */
    static List<String> tags(Object value, String separators) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    Object label = m.get("label") != null ? m.get("label") : m.get("name");
                    if (label != null) {
                        out.add(label.toString());
                    }
                } else if (o != null) {
                    out.add(o.toString());
                }
            }
            return out;
        }
        String s = value == null ? "" : value.toString().strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
            separators = ",";
        }
        for (String part : s.split("[" + java.util.regex.Pattern.quote(separators) + "]")) {
            String t = part.strip();
            if (t.length() >= 2 && (t.startsWith("'") && t.endsWith("'") || t.startsWith("\"") && t.endsWith("\""))) {
                t = t.substring(1, t.length() - 1).strip();
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The string value of {@code key}, or null when absent or blank. */
    static String string(Map<String, ?> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
