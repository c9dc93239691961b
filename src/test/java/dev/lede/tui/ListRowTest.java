package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Sort;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list row's reading time or progress column, right-aligned in three columns. */
class ListRowTest {
    private static ArticleSummary article(int words) {
        return new ArticleSummary(7, "https://example.com/a", "Council approves riverside bike lanes", "example.com",
                null, "2025-03-02", Instant.parse("2025-03-02T10:00:00Z"), words, false, false, List.of(), null);
    }

    @Test
    void numbersAreRightAlignedInTheirColumns() {
        assertEquals("  7", ListScreen.padded(7, 3));
        assertEquals(" 42", ListScreen.padded(42, 3));
        assertEquals("1234", ListScreen.padded(1234, 3));
    }

    @Test
    void aRowShowsTheReadingTimeOrHowFarItWasRead() {
        String unread = ListScreen.row(article(230 * 6), 120, 10, Sort.SAVED, 0, 1, null).text();
        assertTrue(unread.contains("   6m"), unread);
        String started = ListScreen.row(article(230 * 6), 120, 10, Sort.SAVED, 42, 1, null).text();
        assertTrue(started.contains("  42%"), started);
        String long_ = ListScreen.row(article(230 * 120), 120, 10, Sort.SAVED, 0, 1, null).text();
        assertTrue(long_.contains(" 120m"), long_);
    }
}
