package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryScreenTest {
    @TempDir
    Path dir;

    /** Other news, then two reports of one flood and one of a fire: the flood is a story of two. */
    private Harness library() {
        Harness h = new Harness(dir, 80, 24);
        for (int i = 0; i < 20; i++) {
            String own = "" + (char) ('a' + i);
            h.add("note-" + own, "Note" + own + " of Town" + own, "<p>The council" + own + " of Town" + own
                    + " met. The budget" + own + " rose in Town" + own + ".</p>");
        }
        h.add("flood-1", "River Wendle floods Marbury", "<p>The River Wendle burst its banks in Marbury on"
                + " Monday. Mayor Ilsa Trent opened the Marbury sports hall to families.</p>");
        h.add("flood-2", "Marbury counts the cost of the Wendle flood", "<p>Shops in Marbury cleared mud on"
                + " Tuesday after the River Wendle flood. Ilsa Trent asked the Dunmore council for help.</p>");
        h.add("fire", "Fire at the Hallam depot", "<p>Fire crews fought a blaze at the Hallam paper depot"
                + " overnight.</p>");
        return h.start();
    }

    @Test
    void theListMarksArticlesWhoseStoryHasOthers() {
        try (Harness h = library()) {
            assertTrue(h.row(2).contains("Fire at the Hallam depot") && !h.row(2).contains("[2]"), h.text());
            assertTrue(h.row(3).contains("Marbury counts the cost of the Wendle f… [2]"), h.text());
            assertTrue(h.row(4).contains("River Wendle floods Marbury [2]"), h.text());
        }
    }

    @Test
    void sShowsTheStoryInTimeOrderWithWhatEachArticleAdds() {
        try (Harness h = library()) {
            h.press("j", "s");
            assertTrue(h.row(0).contains(" Story · ") && h.row(0).contains("2 articles"), h.text());
            assertTrue(h.row(2).contains("River Wendle floods Marbury"), h.text());
            assertTrue(h.row(3).contains("first report"), h.text());
            assertTrue(h.row(4).contains("Marbury counts the cost of the Wendle flood"), h.text());
            assertTrue(h.row(5).contains("adds ") && h.row(5).contains("Dunmore"), h.text());
            h.press("Enter"); // the cursor starts on the article the story was opened from: the second
            assertTrue(h.row(0).startsWith(" Marbury counts the cost"), h.text());
            h.press("h"); // back along the story
            assertTrue(h.row(0).startsWith(" River Wendle floods Marbury"), h.text());
            h.press("l");
            assertTrue(h.row(0).startsWith(" Marbury counts the cost"), h.text());
        }
    }

    @Test
    void gsListsStoriesAndEnterOpensOne() {
        try (Harness h = library()) {
            h.press("g", "s");
            assertTrue(h.row(0).startsWith(" Stories · 1"), h.text());
            assertTrue(h.row(2).contains("  2  "), h.text());
            h.press("Enter");
            assertTrue(h.row(0).contains(" Story · "), h.text());
            h.press("q");
            assertTrue(h.row(0).startsWith(" Stories · 1"), h.text());
            h.press("q");
            assertTrue(h.row(0).startsWith(" Lede · 23/23 unread"), h.text());
        }
    }
}
