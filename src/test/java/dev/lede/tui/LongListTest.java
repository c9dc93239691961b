package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.query.QueryParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list longer than the window of rows the reader keeps loaded. */
class LongListTest {
    @TempDir
    Path dir;

    private Harness library(int articles) {
        Harness h = new Harness(dir, 80, 24);
        for (int i = 0; i < articles; i++) {
            h.add("story-" + i, "Story number " + i, "<p>Story " + i + " tells of the harbour and its ferries,"
                    + " the council and the riverside bike lanes, at some length.</p>");
            if (i % 3 == 0) {
                h.library.setRead(i + 1, true);
            }
        }
        return h.start();
    }

    private static void assertCursorRowIsTheLibrarysRow(Harness h, Query q) {
        ListState list = h.app.model().list();
        ArticleSummary shown = list.selected();
        ArticleSummary expected = h.library.list(q, list.cursor(), 1).get(0);
        assertEquals(expected.id(), shown.id(), "row " + list.cursor());
        for (int i = list.offset(); i < list.offset() + list.rows().size(); i += 37) {
            assertEquals(h.library.list(q, i, 1).get(0).id(), list.row(i).id(), "loaded row " + i);
        }
    }

    @Test
    void movingThroughALongListShowsTheSameRowsAsTheLibraryInOrder() {
        try (Harness h = library(520)) {
            for (String keys : new String[] {"G", "k", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp",
                    "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp",
                    "g g", "Space", "Space", "Space", "Space", "Space", "Space", "Space", "Space", "Space", "Space",
                    "Space", "j", "Ctrl-d", "End", "Home"}) {
                h.press(keys.split(" "));
                assertCursorRowIsTheLibrarysRow(h, Query.ALL);
            }
            assertEquals(0, h.app.model().list().cursor());
        }
    }

    @Test
    void aFilteredListPagesTheSameWay() {
        try (Harness h = library(450)) {
            h.press("g", "u");
            Query unread = QueryParser.parse("is:unread");
            assertEquals(300, h.app.model().list().count());
            for (String key : new String[] {"G", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "PgUp",
                    "PgUp", "PgUp", "PgUp", "PgUp", "PgUp", "g", "g", "Space", "Space", "Space", "Space", "Space",
                    "Space", "Space", "Space", "Space", "Space"}) {
                h.press(key);
                if (!key.equals("g")) {
                    assertCursorRowIsTheLibrarysRow(h, unread);
                }
            }
        }
    }
}
