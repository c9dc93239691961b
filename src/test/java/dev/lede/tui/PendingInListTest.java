package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.lede.fetch.BulkFetch;
import dev.lede.interop.ImportedArticle;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list marks articles imported without their page: waiting for it, or its fetch failed, and says why. */
class PendingInListTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** A library with a fetched article (saved today, so first), one not tried yet, and one whose fetch failed (404). */
    private Harness library(int cols) {
        Harness h = new Harness(dir, cols, 14);
        h.add("fetched", "A fetched story", "<p>Its body is here, with enough words to read.</p>");
        importLink(h, base + "/gone", "A page that is gone", "2025-03-02T10:00:00Z");
        h.library.pendingFetch().run(1, BulkFetch.SILENT);
        importLink(h, base + "/later", "A page still to fetch", "2025-03-03T10:00:00Z");
        return h.start();
    }

    private static void importLink(Harness h, String url, String title, String saved) {
        h.library.articleImport().importAll(List.of(ImportedArticle.link(url, title, Instant.parse(saved), List.of(),
                false, false)), List.of(), r -> { });
    }

    private static String rowWith(Harness h, String title) {
        for (String line : h.text().split("\n")) {
            if (line.contains(title)) {
                return line;
            }
        }
        throw new AssertionError("no row with " + title + " in\n" + h.text());
    }

    @Test
    void aWaitingArticleIsMarkedWithAnArrowAndAFailedOneWithABang() {
        try (Harness h = library(100)) {
            assertTrue(rowWith(h, "A page still to fetch").startsWith("↓●"), h.text());
            assertTrue(rowWith(h, "A page that is gone").startsWith("!●"), h.text());
            assertTrue(rowWith(h, "A fetched story").startsWith(" ●"), h.text());
            // the length of a page not fetched is not known
            assertTrue(rowWith(h, "A page still to fetch").contains("  --"), h.text());
            assertTrue(rowWith(h, "A fetched story").contains(" 1m"), h.text());
        }
    }

    @Test
    void theFooterSaysWhyTheFetchFailedWhileTheCursorIsOnTheArticle() {
        try (Harness h = library(100)) {
            assertTrue(h.row(13).contains("Enter read"), h.text());
            h.press("j");
            assertTrue(h.row(13).contains("↓ its page is not fetched yet: 'lede fetch' fetches it"), h.text());
            h.press("j");
            String footer = h.row(13);
            assertTrue(footer.startsWith(" ! fetch failed: ") && footer.contains("404"), h.text());
            assertTrue(footer.contains("'lede fetch' tries again"), h.text());
            assertTrue(footer.endsWith("3/3"), footer);
        }
    }

    @Test
    void theMarksStayOnANarrowTerminal() {
        try (Harness h = library(40)) {
            assertTrue(rowWith(h, "A page still").startsWith("↓●"), h.text());
            assertTrue(rowWith(h, "A page that").startsWith("!●"), h.text());
        }
    }

    @Test
    void aFetchInAnotherProcessTakesTheMarkAway() throws Exception {
        server.removeContext("/");
        server.createContext("/", exchange -> {
            byte[] page = ("<html><head><title>Back again</title></head><body><article><h1>Back again</h1>"
                    + "<p>The page came back with its words.</p></article></body></html>").getBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        try (Harness h = new Harness(dir, 100, 14)) {
            importLink(h, base + "/later", "A page still to fetch", "2025-03-03T10:00:00Z");
            h.start();
            assertTrue(rowWith(h, "A page still to fetch").startsWith("↓"), h.text());
            h.library.pendingFetch().run(1, BulkFetch.SILENT);
            h.app.libraryChanged();
            h.press("Ctrl-l");
            assertFalse(h.text().contains("↓"), h.text());
            assertFalse(h.text().contains("lede fetch"), h.text());
        }
    }

    @Test
    void helpExplainsTheMarks() {
        try (Harness h = library(100)) {
            h.press("?", "G");
            String text = h.text();
            assertTrue(text.contains("Marks in the list: ● unread · ★ bookmarked · ↓ page not fetched yet · ! its fetch failed"),
                    text);
            assertEquals(-1, text.indexOf("\t"));
        }
    }
}
