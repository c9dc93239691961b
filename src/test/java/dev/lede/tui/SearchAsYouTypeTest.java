package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list's search shows results as each key is typed, and / opens with the current query to refine it. */
class SearchAsYouTypeTest {
    @TempDir
    Path dir;

    private Harness library() {
        Harness h = new Harness(dir, 80, 24);
        h.add("council", "Council approves riverside bike lanes", "<p>The council voted for bike lanes by the river.</p>");
        h.add("cyclists", "Cyclists and shop owners split", "<p>Shop owners fear for parking on the high street.</p>", "city");
        h.add("ferry", "Harbour ferry fares to rise", "<p>Ferry fares across the harbour rise in April.</p>");
        return h.start();
    }

    @Test
    void resultsFollowEachKeyAndEscGoesBackToTheListAsItWas() {
        try (Harness h = library()) {
            h.press("/").type("ferr");
            assertTrue(h.row(0).contains("1 result · search: ferr"), h.row(0));
            assertTrue(h.row(2).contains("Harbour ferry fares"), h.text());
            assertTrue(h.row(23).contains("search: ferr"), "the prompt stays open: " + h.row(23));
            h.press("Backspace", "Backspace", "Backspace", "Backspace");
            assertTrue(h.row(0).contains("3/3 unread"), "an empty search shows the list: " + h.row(0));
            h.type("bike");
            assertTrue(h.row(2).contains("Council approves"), h.text());
            h.press("Esc");
            assertTrue(h.row(0).contains("3/3 unread · archived hidden"), h.row(0));
        }
    }

    @Test
    void slashOpensWithTheCurrentQueryToRefineIt() {
        try (Harness h = library()) {
            h.press("g", "b"); // nothing bookmarked: an empty list
            h.press("/");
            assertTrue(h.row(23).contains("search: is:bookmarked"), h.row(23));
            h.press("Ctrl-u").type("is:unread ha");
            assertTrue(h.row(0).contains("1 result · search: is:unread ha"), h.row(0));
            h.press("Enter", "/");
            assertTrue(h.row(23).endsWith("search: is:unread ha"), h.row(23));
            h.press("Backspace").type("rbour").press("Enter"); // the prefill ends in a space, for a new word
            assertTrue(h.row(2).contains("Harbour ferry fares"), h.text());
            h.press("Esc");
            assertTrue(h.row(0).contains("3/3 unread · archived hidden"), h.row(0));
        }
    }

    @Test
    void theLetterShowsBeforeTheSearchForItEnds() {
        try (Harness h = library()) {
            h.holdSearches().press("/").type("ferr");
            assertTrue(h.row(23).contains("search: ferr"), "the letters show at once: " + h.row(23));
            assertTrue(h.row(0).contains("3/3 unread"), "the list waits for the search: " + h.row(0));
            h.searchAll();
            assertTrue(h.row(0).contains("1 result · search: ferr"), h.row(0));
            assertTrue(h.row(2).contains("Harbour ferry fares"), h.text());
            assertTrue(h.row(23).contains("search: ferr"), h.row(23));
        }
    }

    @Test
    void resultsOfAnOlderTextNeverReplaceNewerOnes() {
        try (Harness h = library()) {
            h.holdSearches().press("/").type("bike");
            Msg bike = h.search(); // started while the prompt held "bike"...
            h.press("Ctrl-u").type("ferry"); // ...and the typing went on before it ended
            h.deliver(bike);
            assertTrue(h.row(0).contains("3/3 unread"), "stale results are dropped: " + h.row(0));
            h.searchAll();
            assertTrue(h.row(0).contains("1 result · search: ferry"), h.row(0));
            h.deliver(bike); // late, after the newer results
            assertTrue(h.row(0).contains("1 result · search: ferry"), h.row(0));
            assertTrue(h.row(2).contains("Harbour ferry fares"), h.text());
        }
    }

    @Test
    void onlyTheNewestOfTheSearchesWaitingRuns() {
        try (Harness h = library()) {
            h.holdSearches().press("/").type("ferry");
            Msg first = h.search();
            assertTrue(first instanceof Msg.SearchFound f && f.text().equals("ferry"),
                    "the first run searches for what is typed when it starts: " + first);
            for (int i = 0; i < 4; i++) {
                assertTrue(h.search() == null, "the runs after it have nothing left to do");
            }
        }
    }

    @Test
    void enterBeforeTheResultsShowsTheResultsOfTheWholeText() {
        try (Harness h = library()) {
            h.holdSearches().press("/").type("ferry").press("Enter");
            assertTrue(h.row(0).contains("1 result · search: ferry"), h.row(0));
            h.searchAll(); // the results of the prompt, now closed, change nothing
            assertTrue(h.row(0).contains("1 result · search: ferry"), h.row(0));
            h.press("Esc");
            assertTrue(h.row(0).contains("3/3 unread · archived hidden"), h.row(0));
        }
    }
}
