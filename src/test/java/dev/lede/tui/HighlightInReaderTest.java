package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import dev.lede.cli.Cli;
import dev.lede.model.Highlight;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Highlights made and removed from the reader with the keyboard, a sentence at a time. */
class HighlightInReaderTest {
    @TempDir
    Path dir;

    private static final String BODY = "<p>The council voted on Tuesday. It will build protected bike lanes along the"
            + " <a href=\"https://example.org/river\">riverside road</a>. Shop owners fear for parking.</p>"
            + "<p>The chair said the road goes to more people. Work starts in May.</p>";

    /** The text of the screen's cells drawn in reverse video, row by row, cells joined. */
    private static String reversed(Harness h) {
        TerminalSize size = h.terminal.getTerminalSize();
        StringBuilder out = new StringBuilder();
        for (int row = 3; row < size.getRows() - 2; row++) {
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter c = h.terminal.getCharacter(col, row);
                if (c.getModifiers().contains(SGR.REVERSE)) {
                    out.append(c.getCharacterString());
                } else if (out.length() > 0 && out.charAt(out.length() - 1) != '|') {
                    out.append('|');
                }
            }
        }
        return out.toString();
    }

    private static boolean underlined(Harness h, int row) {
        return h.terminal.getCharacter(1, row).getModifiers().contains(SGR.UNDERLINE);
    }

    private static String cli(Path db, String... args) {
        StringWriter out = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        assertEquals(0, Cli.run(all, new PrintWriter(out), new PrintWriter(new StringWriter()), Map.of("HOME", db.getParent().toString())));
        return out.toString();
    }

    @Test
    void vSelectsTheTopSentenceJExtendsItAndEnterSavesItWithANote() {
        long id;
        try (Harness h = new Harness(dir, 80, 20)) {
            id = h.add("lanes", "Bike lanes approved", BODY);
            h.start().press("Enter", "v");
            assertEquals("The council voted on Tuesday.|", reversed(h));
            assertTrue(underlined(h, 3), "a selection is underlined, unlike a saved highlight");
            assertTrue(h.row(19).contains("1 sentence · Enter save  j/k more/less  d remove  Esc cancel"),
                    h.text());
            h.press("j");
            assertTrue(h.row(19).contains("2 sentences"), h.text());
            h.press("j", "k");
            assertTrue(h.row(19).contains("2 sentences"), h.text());
            h.press("Enter");
            assertTrue(h.row(19).contains("note (Enter saves without one):"), h.text());
            h.type("the vote that started it");
            h.press("Enter");
            assertTrue(h.text().contains("highlighted “The council voted on Tuesday. It will b…” with a note"), h.text());
            List<Highlight> saved = h.library.highlights(id);
            assertEquals(1, saved.size());
            // the link's number [1] on screen is not part of the quote: the article's own words are
            assertEquals("The council voted on Tuesday. It will build protected bike lanes along the riverside road.",
                    saved.get(0).quote());
            assertEquals("the vote that started it", saved.get(0).note());
            assertEquals(0, saved.get(0).position());
            // shown marked at once, and the reader's keys work again
            assertTrue(reversed(h).startsWith("The council voted on Tuesday. It will build"), reversed(h));
            assertFalse(underlined(h, 3));
            h.press("j");
            assertTrue(h.row(19).contains("Space page"), h.text());
        }
        // shown marked when opened again, listed by lede show, carried by the export
        try (Harness h = new Harness(dir, 80, 20)) {
            h.start().press("Enter");
            assertTrue(reversed(h).startsWith("The council voted on Tuesday. It will build"), reversed(h));
        }
        Path db = dir.resolve("lede.db");
        String show = cli(db, "show", String.valueOf(id), "--width", "100");
        assertTrue(show.contains("Highlights (1)") && show.contains("the vote that started it"), show);
        String export = cli(db, "export");
        assertTrue(export.contains("The council voted on Tuesday. It will build protected bike lanes along the riverside road.")
                && export.contains("the vote that started it"), export);
    }

    @Test
    void enterOnAnEmptyNoteSavesWithoutOneAndKSelectsBackwards() {
        try (Harness h = new Harness(dir, 80, 20)) {
            long id = h.add("lanes", "Bike lanes approved", BODY);
            h.start().press("Enter", "/");
            h.type("Work starts");
            h.press("Enter");
            // the selection starts at the find's hit, and k takes in the sentence before it
            h.press("v", "k", "Enter", "Enter");
            List<Highlight> saved = h.library.highlights(id);
            assertEquals(1, saved.size(), h.text());
            assertEquals("The chair said the road goes to more people. Work starts in May.", saved.get(0).quote());
            assertNull(saved.get(0).note());
        }
    }

    @Test
    void theHighlightKeyInTheListSaysWhereItWorks() {
        try (Harness h = new Harness(dir, 80, 20)) {
            h.add("lanes", "Bike lanes approved", BODY);
            h.start().press("v");
            assertTrue(h.row(19).contains("v highlights in the reader: Enter opens the article"), h.text());
        }
    }

    @Test
    void escLeavesTheSelectionWithoutSavingAnything() {
        try (Harness h = new Harness(dir, 80, 20)) {
            long id = h.add("lanes", "Bike lanes approved", BODY);
            h.start().press("Enter", "v", "j", "Esc");
            assertEquals("", reversed(h));
            assertTrue(h.library.highlights(id).isEmpty());
            assertTrue(h.row(19).contains("Space page"), h.text());
            // Esc on the note prompt goes back to the selection
            h.press("v", "Enter", "Esc");
            assertTrue(h.row(19).contains("1 sentence"), h.text());
            h.press("q");
            assertEquals("", reversed(h));
            assertTrue(h.library.highlights(id).isEmpty());
            assertTrue(h.text().contains("Bike lanes approved"), h.text());
        }
    }

    @Test
    void dOnASelectionRemovesTheHighlightsItTouches() {
        try (Harness h = new Harness(dir, 80, 20)) {
            long id = h.add("lanes", "Bike lanes approved", BODY);
            h.library.addHighlights(id, List.of(new Highlight("Shop owners fear for parking.", "check", 10,
                    java.time.Instant.EPOCH), new Highlight("Work starts in May.", null, 20, java.time.Instant.EPOCH)));
            h.start().press("Enter");
            assertEquals("Shop owners fear for parking.|Work starts in May.|", reversed(h));
            h.press("v");
            h.press("d");
            assertTrue(h.text().contains("no highlight in the selection to remove"), h.text());
            h.press("j", "j", "d");
            assertTrue(h.text().contains("removed highlight “Shop owners fear for parking.” · u undoes"), h.text());
            assertEquals("Work starts in May.|", reversed(h));
            assertEquals(List.of("Work starts in May."), h.library.highlights(id).stream().map(Highlight::quote).toList());
            h.press("j");
            assertTrue(h.row(19).contains("Space page"), h.text());
            // u brings it back, with its note, marked again
            h.press("u");
            assertTrue(h.text().contains("highlight back (none left to undo)"), h.text());
            assertEquals("Shop owners fear for parking.|Work starts in May.|", reversed(h));
            assertEquals(List.of("check", ""), h.library.highlights(id).stream()
                    .map(x -> x.note() == null ? "" : x.note()).toList());
        }
    }

    @Test
    void highlightingAPassageAgainEditsItsNote() {
        try (Harness h = new Harness(dir, 80, 30)) {
            long id = lanesWithParkingHighlighted(h, "check");
            h.start().press("Enter", "/");
            h.type("Shop owners");
            h.press("Enter", "v", "Enter");
            assertTrue(h.row(29).contains("note (empty: none): check"), h.text());
            h.press("Ctrl-u");
            h.type("ask the baker");
            h.press("Enter");
            assertTrue(h.text().contains("highlight changed: “Shop owners fear for parking.” with a note"), h.text());
            List<Highlight> saved = h.library.highlights(id);
            assertEquals(1, saved.size(), saved.toString());
            assertEquals("ask the baker", saved.get(0).note());
            assertEquals(java.time.Instant.EPOCH, saved.get(0).created());
            assertTrue(h.text().contains(" Highlights (1)\n\n │ Shop owners fear for parking.\n   ask the baker\n"), h.text());
        }
    }

    @Test
    void theHighlightsAreListedUnderTheArticleWithTheirNotes() {
        try (Harness h = new Harness(dir, 80, 30)) {
            long id = lanesWithParkingHighlighted(h, "ask the shops");
            h.start().press("Enter");
            String text = h.text();
            assertTrue(text.contains(" Highlights (1)\n\n │ Shop owners fear for parking.\n   ask the shops\n"), text);
            // a new one joins the list at once, in the order of the article
            h.press("v", "Enter");
            h.type("first");
            h.press("Enter");
            text = h.text();
            assertTrue(text.contains(" Highlights (2)\n\n │ The council voted on Tuesday.\n   first\n\n │ Shop owners fear"), text);
        }
    }

    @Test
    void onlyTheArticlesOwnTextIsSelectedNotItsLinksOrTheListOfHighlights() {
        try (Harness h = new Harness(dir, 80, 30)) {
            long id = lanesWithParkingHighlighted(h, null);
            h.start().press("Enter", "v", "9", "9", "j", "Enter", "Enter");
            List<String> quotes = h.library.highlights(id).stream().map(Highlight::quote).toList();
            assertEquals(2, quotes.size(), quotes.toString());
            assertTrue(quotes.get(0).startsWith("The council voted") && quotes.get(0).endsWith("Work starts in May."), quotes.toString());
        }
    }

    @Test
    void aSelectionCountsItsSentencesAndRemovesAndRestoresAHighlight() {
        try (Harness h = new Harness(dir, 80, 20)) {
            long id = lanesWithParkingHighlighted(h, "check");
            h.start().press("Enter");
            h.press("v", "j", "j");
            assertTrue(h.row(19).contains("3 sentences"), h.text());
            h.press("d");
            assertTrue(h.text().contains("removed highlight “Shop owners fear for parking.”"), h.text());
            h.press("u");
            assertEquals("Shop owners fear for parking.|", reversed(h));
        }
    }

    @Test
    void aSelectionSurvivesAResizeWithTheSameSentencesSelected() {
        try (Harness h = new Harness(dir, 80, 20)) {
            long id = h.add("lanes", "Bike lanes approved", BODY);
            h.start().press("Enter", "v", "j");
            assertTrue(h.row(19).contains("2 sentences"), h.text());
            h.resize(50, 20);
            assertTrue(h.row(19).contains("2 sentences"), h.text());
            assertEquals("The council voted on Tuesday. It will build protected bike lanes along the riverside road.",
                    reversed(h).replace("|", " ").replaceAll("\\s+", " ").replace(" .", ".").strip(), h.text());
            // j goes on from where it was, and Enter saves what is selected at the new width
            h.press("j");
            assertTrue(h.row(19).contains("3 sentences"), h.text());
            h.resize(100, 20);
            h.press("Enter", "Enter");
            assertEquals(List.of("The council voted on Tuesday. It will build protected bike lanes along the riverside road."
                    + " Shop owners fear for parking."), h.library.highlights(id).stream().map(Highlight::quote).toList());
        }
    }

    @Test
    void aResizeWhileTheNoteIsTypedKeepsTheSelectionToSave() {
        try (Harness h = new Harness(dir, 80, 20)) {
            long id = h.add("lanes", "Bike lanes approved", BODY);
            h.start().press("Enter", "/");
            h.type("Work starts");
            h.press("Enter", "v", "Enter");
            h.type("may");
            h.resize(60, 24);
            assertTrue(h.row(23).contains("note (Enter saves without one): may"), h.text());
            h.type(" work").press("Enter");
            List<Highlight> saved = h.library.highlights(id);
            assertEquals(1, saved.size(), h.text());
            assertEquals("Work starts in May.", saved.get(0).quote());
            assertEquals("may work", saved.get(0).note());
        }
    }

    @Test
    void jMovesThePageToKeepTheSelectionsEndInView() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            body.append("<p>Sentence number ").append(i).append(" of the long article.</p>");
        }
        try (Harness h = new Harness(dir, 80, 12)) {
            long id = h.add("long", "A long article", body.toString());
            h.start().press("Enter", "Space", "v");
            String first = reversed(h).replace("|", "");
            assertTrue(first.startsWith("Sentence number"), h.text());
            h.press("9", "j");
            assertTrue(h.row(11).contains("10 sentences"), h.text());
            h.press("Enter", "Enter");
            String quote = h.library.highlights(id).get(0).quote();
            assertTrue(quote.startsWith(first) && quote.split("Sentence number").length - 1 == 10, quote);
            // the selection's last sentence is on screen
            String last = quote.substring(quote.lastIndexOf("Sentence number"));
            assertTrue(h.text().contains(last), h.text());
        }
    }

    /** The article "lanes" with "Shop owners fear for parking." highlighted, with {@code note}; its id. */
    private static long lanesWithParkingHighlighted(Harness h, String note) {
        long id = h.add("lanes", "Bike lanes approved", BODY);
        h.library.addHighlights(id, List.of(new Highlight("Shop owners fear for parking.", note, 10,
                java.time.Instant.EPOCH)));
        return id;
    }
}
