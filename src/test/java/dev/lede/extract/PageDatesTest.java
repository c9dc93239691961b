package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageDatesTest {

    @Test
    void isoDatesInTheUsualFormsAreRead() {
        assertEquals("2019-11-18T10:00-05:00", PageDates.iso("2019-11-18T10:00:00-0500"));
        assertEquals("2019-11-18", PageDates.iso("2019-11-18"));
        assertEquals("2019-11-18T10:00:01.500Z", PageDates.iso(" 2019-11-18T10:00:01.5Z "));
        assertEquals("2019-11-20T11:19:29Z", PageDates.iso("Wed, 20 Nov 2019 11:19:29 GMT"));
        assertEquals("2019-11-18T10:00", PageDates.iso("2019-11-18 10:00:00"));
    }

    @Test
    void placeholderAndFarFutureDatesAreDropped() {
        assertNull(PageDates.iso("0001-01-01T00:00:00Z"));
        assertNull(PageDates.iso("1970-01-01"));
        assertNull(PageDates.iso("2999-01-01"));
        assertNull(PageDates.iso("last Tuesday"));
    }

    @Test
    void theHandReadFormsGiveWhatJavaTimeGives() {
        List<String> valid = List.of("2024-05-04", "2024-02-29", "2024-05-04T19:56", "2024-05-04T19:56:25",
                "2024-05-04T19:56:00", "2024-05-04T19:56:25.117Z", "2024-05-04T19:56:25.1Z",
                "2024-05-04T19:56:25.000Z", "2024-05-04T19:56:25.123456Z", "2024-05-04T19:56:25.123456789Z",
                "2024-05-04T19:56:25.120000+02:00", "2024-05-04T00:00:00-00:00", "2024-05-04T19:56-05:30",
                "2024-12-31T23:59:59+14:00", "2024-05-04T19:56:25.5");
        for (String v : valid) {
            assertNotNull(PageDates.common(v), v);
            assertEquals(javaTime(v), PageDates.common(v), v);
        }
        // Forms left to the general parsers, or not dates at all: never a different answer.
        List<String> others = List.of("2023-02-29", "2024-13-01", "2024-05-04T25:00Z", "2024-05-04t19:56Z",
                "2024-05-04T19:56:25.Z", "2024-05-04T19:56:25.1234567890Z", "2024-05-04T19:56+0200",
                "2024-05-04 19:56", "2024-05-04T19:56:25+02", "2024-05-04T19:5", "20240504", "2024-5-4",
                "2024-05-04T19:56:25+02:00[Europe/Paris]", "2024-05-04T19:56:25+18:30");
        for (String v : others) {
            String common = PageDates.common(v);
            if (common != null) {
                assertEquals(javaTime(v), common, v);
            }
        }
        assertNull(PageDates.common("2023-02-29"));
        assertNull(PageDates.common("2024-05-04 19:56"));
    }

    /** What java.time's ISO parsers make of {@code v}, or null. */
    private static String javaTime(String v) {
        try {
            return OffsetDateTime.parse(v).toString();
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            return LocalDateTime.parse(v).toString();
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
