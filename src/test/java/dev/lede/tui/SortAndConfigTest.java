package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.ConfigParser;
import dev.lede.model.Page;
import dev.lede.model.Sort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list's orders on a key, the date it sorts by on each row, and the config file's settings at start. */
class SortAndConfigTest {
    @TempDir
    Path dir;

    private static final String FILLER = "<p>The council debated the riverside bike lanes again while shop owners and"
            + " cyclists argued about parking, ferries and the harbour budget for the coming year.</p>";

    private static void save(Harness h, String slug, String title, String published, int paragraphs, String... tags) {
        String meta = published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">";
        String html = "<html><head><title>" + title + "</title>" + meta + "</head><body><article><h1>" + title
                + "</h1>" + FILLER.repeat(paragraphs) + "</article></body></html>";
        h.library.save(new Page(html.getBytes(StandardCharsets.UTF_8), "https://" + slug + "/story", "text/html", null),
                List.of(tags));
    }

    /** Saved in this order, so newest saved first is Charlie, Bravo, Alpha. */
    private static Harness library(Harness h) {
        save(h, "b.example.org", "Alpha harbour story", "2020-01-05", 1);
        save(h, "a.example.org", "Bravo harbour story", null, 6, "city");
        save(h, "c.example.org", "Charlie harbour story", "2021-03-04", 3);
        return h.start();
    }

    private static String titles(Harness h) {
        StringBuilder out = new StringBuilder();
        for (int row = 2; row <= 4; row++) {
            out.append(h.row(row).replaceAll(".*(Alpha|Bravo|Charlie).*", "$1")).append(' ');
        }
        return out.toString().strip();
    }

    @Test
    void sCyclesThroughTheOrdersSaysWhichAndRemembersIt() {
        try (Harness h = library(new Harness(dir, 80, 24))) {
            assertTrue(h.row(0).contains("3/3 unread · archived hidden · by saved"), h.row(0));
            assertEquals("Charlie Bravo Alpha", titles(h));
            h.press("S");
            assertTrue(h.row(0).contains("by published (~ saved)"), h.row(0));
            assertTrue(h.row(23).contains("sorted: newest published first"), h.row(23));
            assertEquals("Bravo Charlie Alpha", titles(h)); // Bravo has no published date: its saved day, today
            assertTrue(h.row(2).contains(LocalDate.now() + "~ Bravo"), h.row(2));
            assertTrue(h.row(3).contains("2021-03-04  Charlie"), h.row(3));
            h.press("S");
            assertTrue(h.row(0).contains("by title"), h.row(0));
            assertEquals("Alpha Bravo Charlie", titles(h));
            h.press("S");
            assertEquals("Bravo Alpha Charlie", titles(h)); // a., b., c.example.org
            h.press("S");
            assertEquals("Bravo Charlie Alpha", titles(h)); // 6, 3 and 1 paragraphs
            h.press("S");
            assertEquals("Charlie Bravo Alpha", titles(h));
            assertEquals(List.of(Sort.PUBLISHED, Sort.TITLE, Sort.SITE, Sort.LENGTH, Sort.SAVED), h.remembered);
        }
    }

    @Test
    void aFilteredListKeepsItsOrderAndEscReturnsToTheSameOrder() {
        try (Harness h = library(new Harness(dir, 80, 24))) {
            h.press("g", "u", "S", "S");
            assertTrue(h.row(0).contains("is:unread · by title"), h.row(0));
            assertEquals("Alpha Bravo Charlie", titles(h));
            h.press("Esc");
            assertTrue(h.row(0).contains("3/3 unread · archived hidden · by title"), h.row(0));
        }
    }

    @Test
    void theConfigSetsTheOrderFilterKeysAndTextWidthAtStart() {
        var config = ConfigParser.parse("sort title\nfilter -tag:city\nbind x delete\nunbind d\nwidth 40\n", "config");
        try (Harness h = library(new Harness(dir, 80, 24, config))) {
            assertTrue(h.row(0).contains("2/2 unread · -tag:city · by title"), h.row(0));
            assertTrue(h.row(2).contains("Alpha") && h.row(3).contains("Charlie") && h.row(4).isBlank(), h.text());
            h.press("d");
            assertTrue(h.row(0).contains("2/2 unread"), "d is unbound: " + h.row(0));
            h.press("x");
            assertTrue(h.row(23).contains("deleted “Alpha harbour story”"), h.row(23));
            h.press("Enter");
            for (int row = 3; row < 22; row++) {
                assertTrue(h.row(row).length() <= 41, "40 columns of text and the margin: " + h.row(row));
            }
            assertFalse(h.row(4).isBlank(), h.text());
            h.press("q", "?", "G");
            assertTrue(h.text().lines().anyMatch(l -> l.matches(" x +delete the article")), h.text());
        }
    }
}
