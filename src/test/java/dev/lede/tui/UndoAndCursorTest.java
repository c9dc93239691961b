package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo goes back through every delete of the session, and new or restored rows get the cursor. */
class UndoAndCursorTest {
    @TempDir
    Path dir;

    private static List<String> titles(Harness h) {
        return h.library.list(dev.lede.model.Query.ALL, 0, 100).stream().map(a -> a.title()).toList();
    }

    @Test
    void everyDeleteOfTheSessionIsUndoneInTurnAndUSaysHowManyAreLeft() {
        try (Harness h = new Harness(dir, 80, 24)) {
            h.add("a", "Alpha story", "<p>Alpha text for the first story.</p>");
            h.add("b", "Bravo story", "<p>Bravo text for the second story.</p>");
            h.add("c", "Charlie story", "<p>Charlie text for the third story.</p>");
            h.start();
            h.press("d");
            assertTrue(h.row(23).contains("deleted “Charlie story” · u undoes (1 change to undo)"), h.row(23));
            h.press("d", "d");
            assertTrue(h.row(23).contains("(3 changes to undo)"), h.row(23));
            assertEquals(List.of(), titles(h));
            h.press("u");
            assertTrue(h.row(23).contains("restored “Alpha story” (2 more to undo)"), h.row(23));
            h.press("u", "u");
            assertTrue(h.row(23).contains("restored “Charlie story” (none left to undo)"), h.row(23));
            assertEquals(List.of("Charlie story", "Bravo story", "Alpha story"), titles(h));
            assertEquals(3, h.library.summary(3).orElseThrow().id()); // back with its own id
            h.press("u");
            assertTrue(h.row(23).contains("nothing to undo"), h.row(23));
        }
    }

    @Test
    void undoPutsTheCursorOnTheRestoredRowWhereverItIs() {
        try (Harness h = new Harness(dir, 80, 12)) {
            for (int i = 1; i <= 30; i++) {
                h.add("s" + i, "Story number " + i, "<p>Text of story " + i + " about the harbour.</p>");
            }
            h.start();
            h.press("G", "d", "g", "g");
            assertEquals("Story number 30", h.app.model().list().selected().title());
            h.press("u");
            assertEquals("Story number 1", h.app.model().list().selected().title());
            assertTrue(h.text().contains("Story number 1\n") || h.text().contains("Story number 1 "), h.text());
        }
    }

    @Test
    void aSavedUrlGetsTheCursor() {
        try (Harness h = new Harness(dir, 80, 24)) {
            h.add("a", "Alpha story", "<p>Alpha text for the first story.</p>");
            h.add("b", "Bravo story", "<p>Bravo text for the second story.</p>");
            h.start();
            h.press("j");
            assertEquals("Alpha story", h.app.model().list().selected().title());
            h.press("a").type("https://example.org/new").press("Enter");
            assertEquals("Saved from the prompt", h.app.model().list().selected().title());
            assertTrue(h.row(23).contains("saved as #3: Saved from the prompt"), h.row(23));
        }
    }

    @Test
    void aRestoredArticleOutsideTheFilterIsSaidToBeElsewhere() {
        try (Harness h = new Harness(dir, 80, 24)) {
            h.add("a", "Alpha story", "<p>Alpha text for the first story.</p>", "city");
            h.add("b", "Bravo story", "<p>Bravo text for the second story.</p>");
            h.start();
            h.press("d", "g", "b", "u");
            assertTrue(h.row(23).contains("restored “Bravo story” (none left to undo) · filtered out, Esc shows all"),
                    h.row(23));
        }
    }
}
