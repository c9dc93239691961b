package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderAppTest {
    @TempDir
    Path dir;

    private static String paragraphs(String topic, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            out.append("<p>Paragraph ").append(i).append(" on ").append(topic)
                    .append(". The council debated the riverside bike lanes again while shop owners and cyclists"
                            + " argued about parking, ferries and the harbour budget for the coming year.</p>");
        }
        return out.toString();
    }

    /** Three articles: "Harbour ferry fares" newest, then "Cyclists split", then "Council approves" oldest. */
    private Harness library(int cols, int rows) {
        Harness h = new Harness(dir, cols, rows);
        h.add("council", "Council approves riverside bike lanes",
                "<p>Read the <a href=\"https://example.com/report\">report</a> first.</p>" + paragraphs("lanes", 12));
        h.add("cyclists", "Cyclists and shop owners split on lanes", paragraphs("shops", 6), "city");
        h.add("ferry", "Harbour ferry fares to rise in April", paragraphs("ferries", 3));
        return h.start();
    }

    @Test
    void anEmptyLibraryShowsTheWelcomeScreen() {
        try (Harness h = new Harness(dir, 80, 24).start()) {
            String screen = h.text();
            assertTrue(screen.contains("Welcome to Lede"), screen);
            assertTrue(screen.contains("lede add URL"), screen);
            assertTrue(screen.contains("lede import PATH"), screen);
            assertTrue(screen.contains(dir.resolve("lede.db").toString()), screen);
            assertTrue(screen.contains("? lists every key"), screen);
        }
    }

    @Test
    void anArticleAnotherProcessSavesAppearsWhenTheLibraryReportsAChange() throws Exception {
        try (Harness h = library(80, 24)) {
            try (dev.lede.library.Library other = dev.lede.library.Library.open(dir.resolve("lede.db"))) {
                String html = "<html><head><title>Saved from the command line</title></head><body><article>"
                        + paragraphs("elsewhere", 2) + "</article></body></html>";
                other.save(new dev.lede.model.Page(html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "https://news.example.com/cli", "text/html", null), List.of());
            }
            h.press("j");
            assertTrue(h.row(0).startsWith(" Lede · 3/3 unread"), h.row(0));
            String selected = h.row(3).substring(16, 40);
            h.app.libraryChanged();
            h.press("k"); // the cursor had stayed on the second article, now third: k goes to the second row
            assertTrue(h.row(0).startsWith(" Lede · 4/4 unread"), h.row(0));
            assertTrue(h.row(2).contains("Saved from the command line"), h.text());
            assertTrue(h.row(4).contains(selected), h.text());
            h.press("Enter");
            assertFalse(h.row(0).contains("Saved from the command line"), h.text());
        }
    }

    @Test
    void theListShowsNewestFirstWithMarksDateTitleSiteAndTime() {
        try (Harness h = library(80, 24)) {
            assertTrue(h.row(0).startsWith(" Lede · 3/3 unread"), h.row(0));
            // The three tell one story (the same paragraphs): each row shows the story's size.
            assertTrue(h.row(2).contains("Harbour ferry fares to rise in A… [3]"), h.text());
            assertTrue(h.row(2).startsWith(" ●  "), h.row(2));
            assertTrue(h.row(2).contains("news.exampl…"), h.row(2));
            assertTrue(h.row(3).contains("Cyclists and shop owners split o… [3]"), h.text());
            assertTrue(h.row(3).contains("#city"), h.row(3));
            assertTrue(h.row(4).contains("Council approves riverside bike … [3]"), h.text());
            assertTrue(h.row(23).endsWith("1/3"), h.row(23));
        }
    }

    @Test
    void rowsAreCutWithAnEllipsisAtFortyColumns() {
        try (Harness h = library(40, 10)) {
            for (String line : h.text().split("\n")) {
                assertTrue(line.length() <= 40, line);
            }
            assertTrue(h.row(2).contains(" ●  Harbour ferry fares to ri… [3]"), h.text());
            assertTrue(h.row(2).endsWith("1m"), h.row(2));
        }
    }

    @Test
    void enterOpensTheReaderAndScrollsByLinePageHalfPageTopAndBottom() {
        try (Harness h = library(80, 24)) {
            h.press("G", "Enter");
            assertTrue(h.row(0).startsWith(" Council approves riverside bike lanes"), h.text());
            assertTrue(h.row(1).contains("news.example.com ·"), h.row(1));
            assertTrue(h.row(3).contains("Read the report[1] first."), h.text());
            h.press("j");
            assertTrue(h.row(3).isBlank(), h.text());
            h.press("Space");
            assertFalse(h.text().contains("Read the report"), h.text());
            h.press("G");
            assertTrue(h.row(0).endsWith("100%"), h.row(0));
            assertTrue(h.text().contains("[1] https://example.com/report"), h.text());
            h.press("g", "g");
            assertTrue(h.row(3).contains("Read the report[1] first."), h.text());
            h.press("Ctrl-d");
            assertFalse(h.text().contains("Read the report"), h.text());
            h.press("Ctrl-u");
            assertTrue(h.text().contains("Read the report"), h.text());
        }
    }

    @Test
    void openingMarksReadAndTheReadingPositionComesBack() {
        try (Harness h = library(80, 24)) {
            long id = h.library.list(dev.lede.model.Query.ALL, 2, 1).get(0).id();
            h.press("G", "Enter", "j", "j", "j", "q");
            assertTrue(h.row(4).startsWith("    "), "read articles lose the unread dot: " + h.row(4));
            assertEquals(3, h.library.get(id).orElseThrow().position());
            assertTrue(h.library.get(id).orElseThrow().read());
            h.press("Enter");
            assertFalse(h.text().contains("Read the report"), h.text());
            assertTrue(h.row(3).startsWith(" shop owners and cyclists"), h.text());
        }
    }

    @Test
    void jAndKInTheReaderGoToTheNextAndPreviousArticle() {
        try (Harness h = library(80, 24)) {
            h.press("Enter", "J");
            assertTrue(h.row(0).startsWith(" Cyclists and shop owners split"), h.row(0));
            h.press("J");
            assertTrue(h.row(0).startsWith(" Council approves"), h.row(0));
            h.press("J");
            assertTrue(h.text().contains("this is the last article"), h.text());
            h.press("K");
            assertTrue(h.row(0).startsWith(" Cyclists and shop owners split"), h.row(0));
        }
    }

    @Test
    void relatedStoriesJumpAndTheTrailGoesBackAndForward() {
        try (Harness h = library(80, 24)) {
            h.press("Enter"); // Harbour ferry fares
            h.press("r");
            assertTrue(h.row(0).startsWith(" Related to: Harbour ferry fares"), h.text());
            assertTrue(h.text().contains("Cyclists and shop owners split on lanes"), h.text());
            String first = h.row(2).strip().replaceAll("^[●★ ]+", "");
            h.press("Enter");
            assertTrue(h.row(0).startsWith(" " + first), h.text());
            h.press("Tab");
            h.press("Enter");
            String third = h.row(0).strip();
            assertTrue(h.row(23).contains("trail 3/3"), h.row(23));
            h.press("h");
            assertTrue(h.row(0).startsWith(" " + first), h.text());
            h.press("Backspace");
            assertTrue(h.row(0).startsWith(" Harbour ferry fares"), h.text());
            h.press("l", "l");
            assertTrue(h.row(0).startsWith(" " + third.substring(0, 20)), h.text());
            assertTrue(h.row(23).contains("trail 3/3"), h.row(23));
        }
    }

    @Test
    void tagsAreAddedWithCompletionAndRemovedInTheListAndTheReader() {
        try (Harness h = library(80, 24)) {
            h.press("t").type("ci");
            h.press("Tab");
            assertTrue(h.row(23).endsWith("city"), h.row(23));
            h.type(" transit").press("Enter");
            assertTrue(h.row(2).contains("#city #transit"), h.row(2));
            assertEquals(List.of("city", "transit"), h.library.list(dev.lede.model.Query.ALL, 0, 1).get(0).tags());
            h.press("Enter", "t").type("-transit").press("Enter");
            assertTrue(h.row(1).contains("#city") && !h.row(1).contains("#transit"), h.row(1));
            assertEquals(List.of("city"), h.library.list(dev.lede.model.Query.ALL, 0, 1).get(0).tags());
        }
    }

    @Test
    void bTogglesTheBookmarkAtOnce() {
        try (Harness h = library(80, 24)) {
            h.press("b");
            assertTrue(h.row(2).startsWith(" ●★"), h.row(2));
            assertTrue(h.library.list(dev.lede.model.Query.ALL, 0, 1).get(0).bookmarked());
            h.press("Enter", "b");
            assertFalse(h.row(1).contains("★"), h.row(1));
            h.press("b");
            assertTrue(h.row(1).endsWith("★"), h.row(1));
        }
    }

    @Test
    void searchShowsMarkedHitsAndEscapeReturnsToTheList() {
        try (Harness h = library(80, 24)) {
            h.press("/").type("shops").press("Enter");
            assertTrue(h.row(0).contains("1 result · search: shops"), h.row(0));
            assertTrue(h.row(2).contains("Cyclists and shop owners"), h.text());
            assertTrue(h.row(3).contains("shops"), "the snippet shows the hit: " + h.row(3));
            h.press("Esc");
            assertTrue(h.row(0).startsWith(" Lede · 3/3 unread"), h.row(0));
            assertFalse(h.row(0).contains("search"), h.row(0));
        }
    }

    @Test
    void theStartUpRehearsalLeavesTheScreenAndTheCursorAlone() throws Exception {
        try (Harness h = library(80, 24)) {
            String before = h.text();
            h.app.rehearse(); // what the reader runs in the background after its first frame
            assertEquals(before, h.text());
            h.press("j");
            assertTrue(h.row(23).endsWith("2/3"), h.row(23));
            // it opened the first article off screen: that marked nothing read
            assertTrue(h.row(0).startsWith(" Lede · 3/3 unread"), h.row(0));
            assertFalse(h.library.get(h.library.list(dev.lede.model.Query.ALL, 0, 1).get(0).id()).orElseThrow().read());
        }
    }

    @Test
    void theStartUpRehearsalStartsNoSearch() throws Exception {
        try (Harness h = library(80, 24)) {
            h.holdSearches();
            h.app.rehearse(); // it types letters in a search prompt of its own
            assertEquals(0, h.searchesWaiting());
            // the real prompt's letters still search as they are typed
            h.press("/").type("s");
            assertEquals(1, h.searchesWaiting());
            h.searchAll();
            assertTrue(h.row(0).contains("search: s"), h.row(0));
        }
    }

    @Test
    void searchResultsLoadAsTheCursorMovesThroughThem() {
        Harness h = new Harness(dir, 80, 24);
        for (int i = 1; i <= 90; i++) {
            // More "ferries" in later articles: the newest ranks first, article 1 last.
            h.add("ferry-" + i, "Ferry story " + i, "<p>" + "Ferries and more ferries. ".repeat(i) + "</p>"
                    + paragraphs("harbour " + i, 2));
        }
        try (h) {
            h.start();
            h.press("/").type("ferries").press("Enter");
            assertTrue(h.row(0).contains("90 results · search: ferries"), h.row(0));
            String first = h.row(2);
            for (int i = 0; i < 60; i++) {
                h.press("j"); // through several loaded windows
            }
            assertTrue(h.row(23).endsWith("61/90"), h.row(23));
            h.press("G");
            assertTrue(h.row(23).endsWith("90/90"), h.row(23));
            assertTrue(h.text().contains("Ferry story 1 "), h.text());
            h.press("g", "g");
            assertEquals(first, h.row(2));
            assertTrue(h.row(3).contains("erries"), "every row has its snippet: " + h.row(3));
        }
    }

    @Test
    void aBadQueryIsReportedInTheStatusLineAndThePromptStays() {
        try (Harness h = library(80, 24)) {
            h.press("/").type("lanes after:someday").press("Enter");
            assertTrue(h.row(22).contains("after:"), h.text());
            assertTrue(h.row(23).startsWith(" search: lanes after:someday"), h.row(23));
        }
    }

    @Test
    void theCursorMovesThroughRelatedStoriesAndTheTagList() {
        try (Harness h = library(80, 24)) {
            h.press("Enter", "r");
            String second = h.row(4).strip().replaceAll("^[●★ ]+", "");
            h.press("j", "j", "k", "j", "Enter"); // two stories: down stops at the second
            assertTrue(h.row(0).startsWith(" " + second), h.text());
            h.press("q"); // back to the list (a second q would quit, as in the reader)
            assertTrue(h.row(0).startsWith(" Lede · "), h.row(0));
            h.press("g", "t");
            h.press("G", "k", "j", "Enter"); // bottom, up, down: the last tag
            assertTrue(h.row(0).contains("1/1 unread · tag:city"), h.row(0));
        }
    }

    @Test
    void filtersNarrowTheListToATagOrToUnreadArticles() {
        try (Harness h = library(80, 24)) {
            h.press("g", "t");
            assertTrue(h.text().contains("#city (1)"), h.text());
            h.press("G", "Enter");
            assertTrue(h.row(0).contains("1/1 unread · tag:city"), h.row(0));
            h.press("Esc", "Enter", "q", "g", "u");
            assertTrue(h.row(0).contains("2/2 unread · is:unread"), h.row(0));
            h.press("g", "a");
            assertTrue(h.row(0).startsWith(" Lede · 2/3 unread"), h.row(0));
        }
    }

    @Test
    void deleteRemovesTheArticleAndUndoBringsItBack() {
        try (Harness h = library(80, 24)) {
            h.press("d");
            assertTrue(h.row(0).startsWith(" Lede · 2/2 unread"), h.row(0));
            assertFalse(h.row(2).contains("Harbour ferry fares"), h.text());
            assertTrue(h.row(23).contains("deleted “Harbour ferry fares to rise in April” · u undo"), h.row(23));
            h.press("u");
            assertTrue(h.row(0).startsWith(" Lede · 3/3 unread"), h.row(0));
            assertTrue(h.row(2).contains("Harbour ferry fares"), h.text());
        }
    }

    @Test
    void aTallerTerminalAtTheEndOfAnArticleKeepsItsEndOnTheLastRow() {
        try (Harness h = library(80, 12)) {
            h.press("Enter", "G");
            String lastLine = h.row(9); // 7 body rows under 3 of heading, 2 of footer
            assertFalse(lastLine.isBlank(), h.text());
            h.resize(80, 14);
            assertEquals(lastLine, h.row(11), h.text());
            h.press("k"); // one line up from the end, not from a top past it
            assertFalse(h.row(11).equals(lastLine), h.text());
        }
    }

    @Test
    void theArticleReflowsWhenTheTerminalIsResizedWhileReading() {
        try (Harness h = library(80, 24)) {
            h.press("G", "Enter");
            h.resize(120, 40);
            assertTrue(h.text().lines().anyMatch(l -> l.length() > 85), h.text());
            h.resize(40, 10);
            for (String line : h.text().split("\n")) {
                assertTrue(line.length() <= 40, line);
            }
            assertTrue(h.row(0).startsWith(" Council approves"), h.text());
            h.resize(30, 8);
            assertTrue(h.text().contains("terminal too small"), h.text());
            h.resize(80, 24);
            assertTrue(h.row(0).startsWith(" Council approves riverside bike lanes"), h.text());
        }
    }

    @Test
    void findInTheArticleJumpsBetweenHits() {
        try (Harness h = library(80, 24)) {
            h.press("G", "Enter", "/").type("paragraph 9").press("Enter");
            assertTrue(h.text().contains("Paragraph 9 on lanes"), h.text());
            assertTrue(h.row(23).contains("hit 1/1"), h.row(23));
            h.press("Esc", "/").type("zzz").press("Enter");
            assertTrue(h.row(23).contains("not found: zzz"), h.row(23));
        }
    }

    @Test
    void oOpensTheArticleAndANumberBeforeItOpensThatLink() {
        try (Harness h = library(80, 24)) {
            h.press("G", "Enter", "o");
            assertEquals("https://news.example.com/council", h.opened.get(0));
            h.press("1", "o");
            assertEquals("https://example.com/report", h.opened.get(1));
            h.press("7", "o");
            assertTrue(h.row(23).contains("no link 7"), h.row(23));
        }
    }

    @Test
    void aSavesAUrlInTheBackgroundAndReportsTheOutcome() {
        try (Harness h = library(80, 24)) {
            h.press("a").type("https://example.org/story").press("Enter");
            assertEquals(List.of("https://example.org/story"), h.savedUrls);
            assertTrue(h.row(23).contains("saved as #4: Saved from the prompt"), h.row(23));
        }
    }

    @Test
    void helpScrollsToItsLastKeyAndNoFurther() {
        try (Harness h = library(80, 24)) {
            h.press("?", "G");
            KeyMap.Binding last = KeyMap.DEFAULTS.get(KeyMap.DEFAULTS.size() - 1);
            String end = h.text();
            assertTrue(end.contains(last.help()), end);
            assertFalse(h.row(20).isBlank(), end); // the help fills the screen down to its end
            h.press("j", "j", "Space");
            assertEquals(end, h.text());
            h.press("g", "g");
            assertTrue(h.text().contains(KeyMap.DEFAULTS.get(0).help()), h.text());
        }
    }

    @Test
    void helpListsEveryKeyOfTheKeyMap() {
        try (Harness h = library(120, 50)) {
            h.press("?");
            String screen = h.text();
            assertTrue(screen.contains("Lede keys"), screen);
            for (KeyMap.Binding b : KeyMap.DEFAULTS) {
                assertTrue(screen.contains(b.help()), "help lists " + b.action() + "\n" + screen);
            }
            h.press("q");
            assertTrue(h.row(0).startsWith(" Lede · 3/3 unread"), h.row(0));
        }
    }

    @Test
    void wideCharactersTakeTwoColumnsOnScreen() {
        try (Harness h = new Harness(dir, 80, 24)) {
            h.add("cjk", "東京の自転車道 🚲 ☕", "<p>東京都は新しい自転車道の建設を発表した。住民の多くが歓迎している。</p>");
            h.start();
            assertTrue(h.row(2).contains("東京の自転車道 🚲 ☕"), h.row(2));
            assertTrue(h.row(2).endsWith("1m"), h.row(2));
        }
    }
}
