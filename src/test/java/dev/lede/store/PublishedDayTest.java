package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published day in SQL (stored beside term vectors) is the day Java parses, for every kind of date. */
class PublishedDayTest {
    @TempDir
    Path dir;

    /**
     * Every month 00-13 and day 00-32 of years around the calendar's edges (year 0, leap and
     * century years, the epoch, the largest four-digit year), bare and with a time, and text
     * that is almost a date.
     */
    static List<String> dates() {
        List<String> out = new ArrayList<>();
        for (String year : List.of("0000", "0001", "0004", "0100", "0400", "1582", "1600", "1700", "1900",
                "1969", "1970", "2000", "2012", "2013", "2024", "2100", "9999")) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String date = year + String.format("-%02d-%02d", month, day);
                    out.add(date);
                    out.add(date + "T10:15:00+02:00");
                }
            }
        }
        out.addAll(Arrays.asList(null, "", "2013", "2013-02-0", "May 2013", "2 May 2013 10:00", "2013/02/03",
                "2013-2-3T10:00Z", " 2013-02-03", "+2013-02-03", "-013-02-03", "2013-02-3 ", "20130203T10",
                "２０１３-02-03", "2013-02-30", "2013-02-29T00:00:00Z", "2012-02-29T00:00:00Z", "2013-04-31",
                "2013-02-03\u0000x", "2013-02-03🚆", "🚆2013-02-03", "2013-02-03 garbage", "0000-00-00", "9999-99-99",
                "2013-W05-7", "2013-034", "2013-02-03"));
        return out;
    }

    @Test
    void sqlGivesTheDayThatJavaParses() throws Exception {
        List<String> dates = dates();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("days.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, published TEXT)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int i = 0; i < dates.size(); i++) {
                    ps.setInt(1, i);
                    ps.setString(2, dates.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            int known = 0;
            try (ResultSet rs = s.executeQuery("SELECT n, " + PublishedDay.sql("published") + " FROM t ORDER BY n")) {
                while (rs.next()) {
                    String published = dates.get(rs.getInt(1));
                    long day = rs.getLong(2);
                    int sql = rs.wasNull() ? PublishedDay.NONE : (int) day;
                    assertEquals(PublishedDay.of(published), sql, published);
                    known += sql == PublishedDay.NONE ? 0 : 1;
                }
            }
            assertTrue(known > 2 * 17 * 300, "most of the real dates are days: " + known);
        }
    }

    @Test
    void aDayIsTheDateItsPublishedTimeStartsWithAndNothingElse() {
        assertEquals(LocalDate.of(2013, 2, 3).toEpochDay(), PublishedDay.of("2013-02-03T23:59:00-11:00"));
        assertEquals(LocalDate.of(2012, 2, 29).toEpochDay(), PublishedDay.of("2012-02-29"));
        assertEquals(PublishedDay.NONE, PublishedDay.of("2013-02-30"));
        assertEquals(PublishedDay.NONE, PublishedDay.of("May 2013"));
        assertEquals(PublishedDay.NONE, PublishedDay.of("2013-02"));
        assertEquals(PublishedDay.NONE, PublishedDay.of(null));
    }

    /** The migration writes the expression out (a released step never changes); it must be this one. */
    @Test
    void theMigrationBackfillsAndFollowsUpdatesWithTheSameExpression() {
        String[] step = Migrations.STEPS.stream().filter(s -> List.of(s).contains("ALTER TABLE related_vectors"
                + " ADD COLUMN day INTEGER")).findFirst().orElseThrow();
        String backfill = flat(step[1]);
        String trigger = flat(step[2]);
        assertTrue(backfill.contains(flat(PublishedDay.sql("a.published"))), backfill);
        assertTrue(trigger.contains(flat(PublishedDay.sql("new.published"))), trigger);
    }

    private static String flat(String sql) {
        return sql.replaceAll("\\s+", " ");
    }
}
