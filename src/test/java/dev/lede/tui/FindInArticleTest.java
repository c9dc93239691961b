package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Find in the article: from the top line down, every hit in turn, wrapping as less and vim do. */
class FindInArticleTest {
    @TempDir
    Path dir;

    /** One article of twelve paragraphs, each starting with "Harbour note N". */
    private Harness article() {
        Harness h = new Harness(dir, 80, 24);
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            body.append("<p>Harbour note ").append(i).append(". The council debated the riverside bike lanes again")
                    .append(" while shop owners and cyclists argued about parking and ferries for the coming year.</p>");
        }
        h.add("notes", "Twelve harbour notes", body.toString());
        return h.start().press("Enter");
    }

    @Test
    void findStartsAtAHitOnTheTopLineWithoutScrolling() {
        try (Harness h = article()) {
            h.press("/").type("harbour note").press("Enter");
            assertTrue(h.row(23).contains("hit 1/12 · n next, N previous"), h.row(23));
            assertEquals(0, h.app.model().reader().top());
        }
    }

    @Test
    void nVisitsEveryHitThenWrapsToTheTopAndNWrapsToTheBottom() {
        try (Harness h = article()) {
            h.press("/").type("harbour note").press("Enter");
            for (int i = 2; i <= 12; i++) {
                h.press("n");
                assertTrue(h.row(23).contains("hit " + i + "/12"), i + ": " + h.row(23));
                assertTrue(h.text().contains("Harbour note " + i + "."), h.text());
            }
            h.press("n");
            assertTrue(h.row(23).contains("search hit BOTTOM, continuing at TOP · hit 1/12"), h.row(23));
            assertTrue(h.text().contains("Harbour note 1."), h.text());
            h.press("N");
            assertTrue(h.row(23).contains("search hit TOP, continuing at BOTTOM · hit 12/12"), h.row(23));
        }
    }

    @Test
    void findFromFurtherDownStartsBelowTheTopLineAndWrapsWhenNothingIsBelow() {
        try (Harness h = article()) {
            h.press("G", "/").type("harbour note 2").press("Enter");
            assertTrue(h.row(23).contains("search hit BOTTOM, continuing at TOP · hit 1/1"), h.row(23));
            assertTrue(h.text().contains("Harbour note 2."), h.text());
        }
    }

    @Test
    void theCurrentHitIsDrawnDifferentlyFromTheOthers() {
        try (Harness h = article()) {
            h.press("/").type("harbour note").press("Enter", "n");
            ReaderState r = h.app.model().reader();
            ReaderState.Hit current = r.hits().get(r.current());
            ReaderState.Hit other = r.hits().get(0);
            int row = 3 + current.line() - r.top();
            int otherRow = 3 + other.line() - r.top();
            assertTrue(otherRow >= 3, "the first hit is still on screen");
            var currentCell = h.terminal.getCharacter(1 + current.start(), row);
            var otherCell = h.terminal.getCharacter(1 + other.start(), otherRow);
            assertEquals("H", currentCell.getCharacterString());
            assertTrue(currentCell.getModifiers().contains(SGR.REVERSE), currentCell.toString());
            assertTrue(otherCell.getModifiers().contains(SGR.UNDERLINE), otherCell.toString());
            assertFalse(otherCell.getModifiers().contains(SGR.REVERSE), otherCell.toString());
        }
    }
}
