package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.query.QueryParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archive as a state of its own, and changes to every article of the list at once, asked first and undone by u. */
class ArchiveAndBulkTest {
    @TempDir
    Path dir;

    private Harness library() {
        Harness h = new Harness(dir, 80, 24);
        h.add("a", "Alpha story", "<p>Alpha text for the first story about the harbour.</p>");
        h.add("b", "Bravo story", "<p>Bravo text for the second story about the harbour.</p>", "city");
        h.add("c", "Charlie story", "<p>Charlie text for the third story about the harbour.</p>");
        return h.start();
    }

    private static List<Long> ids(Harness h, String query) {
        return h.library.ids(QueryParser.parse(query));
    }

    @Test
    void eArchivesTheDefaultListHidesItGEShowsItAndUBringsItBack() {
        try (Harness h = library()) {
            assertTrue(h.row(0).contains("3/3 unread · archived hidden"), h.row(0));
            h.press("e");
            assertTrue(h.row(23).contains("“Charlie story” archived · u undoes (1 change to undo)"), h.row(23));
            assertTrue(h.row(0).contains("2/2 unread · archived hidden"), h.row(0));
            assertEquals(List.of(3L), ids(h, "is:archived"));
            h.press("g", "e");
            assertTrue(h.row(0).contains("1/1 unread · is:archived"), h.row(0));
            assertTrue(h.row(2).contains("Charlie story"), h.text());
            h.press("Esc", "u");
            assertTrue(h.row(23).contains("“Charlie story” back from the archive (none left to undo)"), h.row(23));
            assertEquals(List.of(), ids(h, "is:archived"));
            assertEquals("Charlie story", h.app.model().list().selected().title());
        }
    }

    @Test
    void capitalAMarksEveryArticleOfTheListReadOnlyAfterY() {
        try (Harness h = library()) {
            h.press("A");
            assertTrue(h.row(23).contains("mark 3 articles read? y/n"), h.row(23));
            h.press("n");
            assertTrue(h.row(23).contains("nothing changed"), h.row(23));
            assertTrue(h.row(0).contains("3/3 unread"), h.row(0));
            h.press("A", "y");
            assertTrue(h.row(0).contains("0/3 unread"), h.row(0));
            assertTrue(h.row(23).contains("3 articles marked read · u undoes"), h.row(23));
            h.press("u");
            assertTrue(h.row(0).contains("3/3 unread"), h.row(0));
        }
    }

    @Test
    void capitalEArchivesOnlyTheArticlesOfAFilteredList() {
        try (Harness h = library()) {
            h.press("g", "t", "G", "Enter");
            assertTrue(h.row(0).contains("tag:city"), h.row(0));
            h.press("E");
            assertTrue(h.row(23).contains("archive 1 article? y/n"), h.row(23));
            h.press("y", "Esc");
            assertTrue(h.row(0).contains("2/2 unread · archived hidden"), h.row(0));
            assertEquals(List.of(2L), ids(h, "is:archived"));
            h.press("u");
            assertTrue(h.row(0).contains("3/3 unread"), h.row(0));
        }
    }

    @Test
    void capitalTTagsEveryArticleOfTheListAndUTakesTheTagsBack() {
        try (Harness h = library()) {
            h.press("T").type("harbour -city").press("Enter");
            assertEquals(List.of(3L, 2L, 1L), ids(h, "tag:harbour"));
            assertEquals(List.of(), ids(h, "tag:city"));
            h.press("u");
            assertEquals(List.of(), ids(h, "tag:harbour"));
            assertEquals(List.of(2L), ids(h, "tag:city"));
        }
    }

    @Test
    void undoingTheDeleteOfAnArchivedArticleKeepsItArchived() {
        try (Harness h = library()) {
            h.press("e", "g", "e", "d");
            assertEquals(List.of(), ids(h, "is:archived"));
            h.press("u");
            assertEquals(List.of(3L), ids(h, "is:archived"));
            assertTrue(h.row(2).contains("Charlie story"), h.text());
        }
    }

    @Test
    void aNarrowHeaderStillSaysArchivedArticlesAreHidden() {
        try (Harness h = new Harness(dir, 40, 10)) {
            h.add("a", "Alpha story", "<p>Alpha text for the first story about the harbour.</p>");
            h.start();
            assertTrue(h.row(0).startsWith(" Lede · 1/1 unread · archived hidden"), h.row(0));
        }
    }
}
