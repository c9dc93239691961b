package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prompts never lose keys or cut input silently; links open only in a web browser or mail program. */
class PromptAndLinkTest {
    @TempDir
    Path dir;

    private Harness library() {
        Harness h = new Harness(dir, 80, 24);
        h.add("links", "Links of every kind",
                "<p>See <a href=\"https://example.com/web\">the web page</a>, <a href=\"smb://server/share\">the share</a>,"
                        + " <a href=\"file:///etc/passwd\">a file</a> and <a href=\"mailto:desk@example.com\">the desk</a>.</p>"
                        + "<p>The council debated the riverside bike lanes again while shop owners and cyclists argued"
                        + " about parking, ferries and the harbour budget for the coming year, and the desk took notes.</p>");
        return h.start();
    }

    @Test
    void backspaceOnAnEmptyPromptKeepsItOpenAndEscClosesIt() {
        try (Harness h = library()) {
            h.press("t", "Backspace").type("transit");
            assertTrue(h.row(23).contains("x adds, -x removes: transit"), h.row(23));
            h.press("Esc");
            assertTrue(h.row(23).contains("Enter read"), h.row(23));
            assertEquals(List.of(), h.library.summary(1).orElseThrow().tags());
        }
    }

    @Test
    void aUrlLongerThanThePromptHoldsIsNeverSaved() {
        try (Harness h = library()) {
            h.press("a").type("https://example.org/" + "x".repeat(Prompt.MAX_CHARS));
            assertTrue(h.row(22).contains("input cut at 2000 characters"), h.row(22));
            h.press("Backspace", "Enter");
            assertTrue(h.row(23).contains("was cut: not saved"), h.row(23));
            assertEquals(List.of(), h.savedUrls);
        }
    }

    @Test
    void spacesCountAgainstThePromptCapLikeLetters() {
        try (Harness h = library()) {
            h.press("/").type("y".repeat(Prompt.MAX_CHARS - 1));
            h.press("Space", "Space", "Space");
            assertEquals(Prompt.MAX_CHARS, h.app.model().prompt().text().length());
            assertTrue(h.row(22).contains("input cut at 2000 characters"), h.row(22));
        }
    }

    @Test
    void onlyWebAndMailLinksAreHandedToTheBrowser() {
        try (Harness h = library()) {
            h.press("Enter");
            List<String> links = h.app.model().reader().links();
            int web = links.indexOf("https://example.com/web") + 1;
            int smb = links.indexOf("smb://server/share") + 1;
            int mail = links.indexOf("mailto:desk@example.com") + 1;
            assertTrue(web > 0 && smb > 0 && mail > 0, links.toString());
            h.press(String.valueOf(smb), "o");
            assertTrue(h.row(23).contains("not opening smb: links"), h.row(23));
            h.press(String.valueOf(web), "o", String.valueOf(mail), "o");
            assertEquals(List.of("https://example.com/web", "mailto:desk@example.com"), h.opened);
        }
    }

    @Test
    void schemesOtherThanWebAndMailAreRefused() {
        assertNull(Browser.refusal("HTTPS://example.com/"));
        assertEquals("not opening file: links", Browser.refusal("file:///etc/passwd"));
        assertEquals("not opening ssh: links", Browser.refusal("ssh://-oProxyCommand=touch%20x/"));
        assertEquals("not opening data: links", Browser.refusal("data:text/html,<script>"));
        assertEquals("not opening this link", Browser.refusal("-oProxyCommand=x"));
    }
}
