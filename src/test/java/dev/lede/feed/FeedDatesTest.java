package dev.lede.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FeedDatesTest {
    @Test
    void readsRfc822Variants() {
        assertEquals("2025-03-02T10:15:00Z", FeedDates.parse("Sun, 02 Mar 2025 10:15:00 GMT"));
        assertEquals("2025-03-02T10:15:00+01:00", FeedDates.parse("Sun, 02 Mar 2025 10:15:00 +0100"));
        assertEquals("2025-03-02T10:15:00-08:00", FeedDates.parse("2 Mar 2025 10:15:00 PST"));
        assertEquals("2025-03-02T10:15:00-05:00", FeedDates.parse("Sunday, 2 March 25 10:15 EST"));
        assertEquals("2025-03-02T00:00:00Z", FeedDates.parse("Sun, 02 Mar 2025"));
        assertEquals("1999-12-31T23:59:59Z", FeedDates.parse("Fri, 31 Dec 99 23:59:60 UT"));
        assertEquals("2025-03-02T10:15:00+05:30", FeedDates.parse("Sun, 02 Mar 2025 10:15:00 +05:30"));
    }

    @Test
    void readsRfc3339Variants() {
        assertEquals("2025-03-02T10:15:00Z", FeedDates.parse("2025-03-02T10:15:00Z"));
        assertEquals("2025-03-02T10:15:00+02:00", FeedDates.parse("2025-03-02t10:15:00.123456+02:00"));
        assertEquals("2025-03-02T10:15:00Z", FeedDates.parse("2025-03-02 10:15:00"));
        assertEquals("2025-03-02T10:15:00-03:00", FeedDates.parse("2025-03-02T10:15-0300"));
        assertEquals("2025-03-02T00:00:00Z", FeedDates.parse("2025-03-02"));
    }

    @Test
    void givesNullForNonDates() {
        assertNull(FeedDates.parse(null));
        assertNull(FeedDates.parse(""));
        assertNull(FeedDates.parse("yesterday"));
        assertNull(FeedDates.parse("2025-02-31T00:00:00Z"));
        assertNull(FeedDates.parse("Sun, 02 Foo 2025 10:15:00 GMT"));
    }
}
