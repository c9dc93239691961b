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
        assertEquals("2002-10-02T00:00:00Z", FeedDates.parse("Wed, 02 Oct 2002 GMT")); // a zone without a time
        assertEquals("2002-10-02T00:00:00-05:00", FeedDates.parse("Wed, 02 Oct 2002 EST"));
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

    @Test
    void readsTheOtherOrdersToolsWrite() {
        assertEquals("2025-03-04T09:30:00+01:00", FeedDates.parse("Tue Mar 4 2025 09:30:00 +0100"));
        assertEquals("2025-03-04T09:30:00Z", FeedDates.parse("Tue Mar  4 09:30:00 2025"), "C's asctime");
        assertEquals("2025-03-04T09:30:00Z", FeedDates.parse("Tue Mar 04 09:30:00 +0000 2025"), "zone before the year");
        assertEquals("2025-03-04T09:30:00-05:00", FeedDates.parse("Tue, 2025/03/04 09:30:00 EST"));
        assertEquals("2025-03-04T09:30:00Z", FeedDates.parse("Tue, 04 Mar, 2025 09:30:00 UTC"), "a stray comma");
        assertEquals("2025-03-04T09:30:00-08:00", FeedDates.parse("Tuesday, 04 March 2025 09:30 PT"));
        assertEquals("2025-03-04T09:30:00+02:00", FeedDates.parse("04 Mar 2025 09:30:00 GMT+02:00"));
        assertEquals("2025-03-04T09:30:00-01:30", FeedDates.parse("04 Mar 2025 09:30:00 -01:30"));
        assertEquals("2025-03-04T09:30:00Z", FeedDates.parse("04 Mar 2025 09:30:00 Etc/GMT"));
        assertEquals("2025-03-04T09:30:00+02:00", FeedDates.parse("04 Mar 2025 09:30:00 MEST"));
        assertEquals("2025-03-04T09:30:00+05:30", FeedDates.parse("04 Mar 2025 09:30:00 IST"));
        assertEquals("2025-03-04T09:30:00-05:00", FeedDates.parse("04 Mar 2025 09:30:00 -0500 (EST)"));
        assertEquals("2025-03-04T09:30:00-05:00", FeedDates.parse("04 Mar 2025 09:30:00 -0500 EST"));
    }

    @Test
    void readsPartialW3cDates() {
        assertEquals("2025-01-01T00:00:00Z", FeedDates.parse("2025"));
        assertEquals("2025-03-01T00:00:00Z", FeedDates.parse("2025-03"));
        assertEquals("2025-03-04T09:30:00Z", FeedDates.parse("2025-003-04T09:30:00Z"), "a zero-padded month");
        assertEquals("2025-03-04T09:30:00-00:20", FeedDates.parse("2025-03-04 09:30:00 -00:20"));
    }

    @Test
    void refusesWhatIsNotAWholeValidDate() {
        assertNull(FeedDates.parse("Tue, 04 Mar 2025 9:30:00:01 GMT"));
        assertNull(FeedDates.parse("Tue, 04 Mar 2025 09:30:00 +zz:00"));
        assertNull(FeedDates.parse("Tue, 04 Mar 2025 09:30:00 -9999"));
        assertNull(FeedDates.parse("Tue, Mar x 2025 09:30:00 GMT"));
        assertNull(FeedDates.parse("Tue, 04 Mar yy 09:30:00 GMT"));
        assertNull(FeedDates.parse("2025-03-04T09:30:61Z"));
        assertNull(FeedDates.parse("2025-03-04T25:30:00Z"));
        assertNull(FeedDates.parse("2025-03-04T09:30:00+99:99"));
        assertNull(FeedDates.parse("2025-03-04-01"));
        assertNull(FeedDates.parse("2025-03-04T09:30:00Zmore"));
        assertNull(FeedDates.parse("20255"));
    }

    @Test
    void readsTheFormsTheOtherTestsLeaveOut() {
        assertEquals("2025-03-02T10:15:00Z", FeedDates.parse("02-Mar-2025 10:15:00 GMT"), "day-month-year with dashes");
        assertEquals("1999-03-02T00:00:00Z", FeedDates.parse("2-March-99"));
        assertEquals("2025-03-04T00:00:00Z", FeedDates.parse("2025/3/4"), "slashes, one-digit month and day");
        assertEquals("2025-03-04T00:00:00Z", FeedDates.parse("Mar 4, 2025"));
        assertEquals("2025-09-04T09:30:00Z", FeedDates.parse("Tue, 04 Sept. 2025 09:30:00 GMT"), "a month's name with a dot");
        assertEquals("2025-03-04T09:30:00Z", FeedDates.parse("tue, 04 mar 2025 09:30:00 gmt"), "lower case");
        assertEquals("2025-03-04T09:05:00Z", FeedDates.parse("4 Mar 2025 9:05"), "a one-digit hour, no seconds");
        assertEquals("2025-03-04T09:30:00Z", FeedDates.parse("Tue, 04 Mar 2025 09:30:00 A"), "a military letter");
        assertEquals("2025-03-04T09:30:00-05:00", FeedDates.parse("04 Mar 2025 09:30 GMT-5"), "a one-digit offset");
        assertEquals("2025-03-04T09:30:00+02:00", FeedDates.parse("04 Mar 2025 09:30 UT+2"));
        assertEquals("2025-03-04T09:30:00+01:00", FeedDates.parse("04 Mar 2025 09:30:00 +01"), "hours only");
        assertEquals("2025-03-04T09:30:00+01:00", FeedDates.parse("Tue 04 Mar 2025 09:30:00 +0100 (CET)"));
        assertEquals("2025-03-04T09:30:00-05:00", FeedDates.parse("04 Mar 2025 09:30 -0500 CET"),
                "a second spelling of the zone is not checked against the first");
        assertEquals("2025-03-04T09:30:00Z", FeedDates.parse("2025-03-04T09:30:00,5 UTC"), "a comma fraction, a named zone");
        assertEquals("2025-03-04T09:30:59Z", FeedDates.parse("2025-03-04T09:30:60z"), "a leap second, a lower-case z");
        assertNull(FeedDates.parse("Tue, 04 Mar 2025 09:30:00 GMT Tue"));
        assertNull(FeedDates.parse("Tue, 32 Mar 2025"));
    }
}
