package dev.lede.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A {@code Retry-After} header of a 429 (too many requests) or 503 (unavailable) answer. */
final class RetryAfter {
    /**
     * The longest wait taken from a server: a longer one (or more seconds than a number holds)
     * counts as this. A feed is asked again a week on at the latest; a page's fetch fails on
     * any wait longer than the fetch may take.
     */
    static final Duration MOST = Duration.ofDays(7);

    private RetryAfter() {
    }

    /** True for the statuses whose Retry-After Lede honours. */
    static boolean applies(int status) {
        return status == 429 || status == 503;
    }

    /**
     * How long a {@code Retry-After} value asks to wait after {@code now}, at most {@link #MOST}:
     * seconds, or an HTTP date (one already past is no wait); null when absent or unreadable.
     * Pages and feeds both read it here.
     */
    static Duration parse(String header, Instant now) {
        String value = header == null ? "" : header.strip();
        if (value.isEmpty()) {
            return null;
        }
        Duration wait;
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            wait = value.length() > 18 ? MOST : Duration.ofSeconds(Long.parseLong(value)); // 18 digits fit a long
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return wait.isNegative() ? Duration.ZERO : wait.compareTo(MOST) > 0 ? MOST : wait;
    }
}
