package dev.lede.fetch;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A {@code Retry-After} header of a 429 (too many requests) or 503 (unavailable) answer. */
final class RetryAfter {
    private RetryAfter() {
    }

    /** True for the statuses whose Retry-After Lede honours. */
    static boolean applies(int status) {
        return status == 429 || status == 503;
    }

    /** How long the server asks to wait (seconds or an HTTP date), or null when it does not say. */
    static Duration parse(HttpHeaders headers, Clock clock) {
        String value = headers.firstValue("Retry-After").map(String::strip).orElse(null);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 9 ? Duration.ofDays(365) : Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), when.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
