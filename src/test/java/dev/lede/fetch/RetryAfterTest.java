package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one reading of Retry-After, for pages (a wait) and feeds (a time to ask again). */
class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2025-03-04T09:30:00Z");

    @Test
    void readsSecondsAndHttpDates() {
        assertEquals(Duration.ofSeconds(120), RetryAfter.parse(" 120 ", NOW));
        assertEquals(Duration.ofMinutes(90), RetryAfter.parse("Tue, 04 Mar 2025 11:00:00 GMT", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse("Tue, 04 Mar 2025 08:00:00 GMT", NOW), "a date already past");
    }

    @Test
    void aWaitIsAWeekAtMost() {
        assertEquals(Duration.ofDays(7), RetryAfter.parse("99999999999999999999999", NOW), "more seconds than a long holds");
        assertEquals(Duration.ofDays(7), RetryAfter.parse("2592000", NOW), "thirty days");
        assertEquals(Duration.ofDays(7), RetryAfter.parse("Fri, 04 Apr 2025 09:30:00 GMT", NOW), "a date a month on");
        assertEquals(Duration.ofDays(7), RetryAfter.parse("604800", NOW));
        assertEquals(Duration.ofSeconds(60), RetryAfter.parse("0000000060", NOW), "leading zeros are still seconds");
        assertEquals(Duration.ofDays(7), RetryAfter.parse("999999999999999999", NOW), "eighteen digits, read and capped");
    }

    @Test
    void givesNullWhenItSaysNothingReadable() {
        assertNull(RetryAfter.parse(null, NOW));
        assertNull(RetryAfter.parse("  ", NOW));
        assertNull(RetryAfter.parse("soon", NOW));
        assertNull(RetryAfter.parse("-5", NOW));
        assertNull(RetryAfter.parse("\u0661\u0662", NOW), "digits of another script are no HTTP number");
    }

    @Test
    void aFeedIsPutOffAtMostAWeek() {
        Instant before = Instant.now();
        Instant at = FeedFetcher.retryAfter("99999999");
        assertTrue(!at.isBefore(before.plus(Duration.ofDays(7))) && !at.isAfter(Instant.now().plus(Duration.ofDays(7))),
                at.toString());
        assertNull(FeedFetcher.retryAfter("later"));
    }
}
