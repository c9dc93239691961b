package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsViewTest {
    @TempDir
    Path dir;

    private static String rss(String title, String... items) {
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>" + title + "</title>");
        for (String item : items) {
            xml.append("<item><guid>").append(item).append("</guid><title>").append(item)
                    .append("</title><description>&lt;p&gt;").append(item)
                    .append(" happened today, the feed says, with a few words of detail.&lt;/p&gt;</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    @Test
    void feedsViewShowsCountsAndErrorsAndRefreshBringsArticlesIntoTheOpenList() {
        AtomicReference<String> town = new AtomicReference<>(rss("Town News", "Bridge reopens"));
        try (TestServer server = new TestServer();
             Harness h = new Harness(dir, 80, 16)) {
            server.on("/town", e -> TestServer.send(e, 200, "application/rss+xml", town.get().getBytes(StandardCharsets.UTF_8)));
            server.on("/broken", e -> TestServer.send(e, 500, "text/plain", "x".getBytes(StandardCharsets.UTF_8)));
            h.library.feeds().subscribe(server.url("/town"), List.of(), false, true, 2);
            h.library.feeds().subscribeOffline(server.url("/broken"), "Broken Feed", List.of());
            h.start();
            assertTrue(h.text().contains("Bridge reopens"), h.text());

            town.set(rss("Town News", "Bridge reopens", "Market moves to the square"));
            h.press("R");
            String list = h.text();
            assertTrue(list.contains("Market moves to the square"), "new articles appear without a restart:\n" + list);
            assertTrue(list.contains("refreshed: 1 new article from 2 feeds, 1 failed"), list);

            h.press("g", "f");
            String feeds = h.text();
            assertTrue(feeds.contains("Feeds · 2"), feeds);
            assertTrue(feeds.matches("(?s).*   Town News +2/2.*"), feeds);
            assertTrue(feeds.matches("(?s).* ! Broken Feed +0/0  HTTP 500.*"), feeds);

            h.press("j");
            assertTrue(h.text().contains("last error: HTTP 500"), h.text());
            h.press("k", "Enter");
            String filtered = h.text();
            assertTrue(filtered.contains("feed:1"), filtered);
            assertTrue(filtered.contains("Market moves to the square") && filtered.contains("Bridge reopens"), filtered);

            // The help screen, read page by page, lists the feed keys.
            h.press("?");
            StringBuilder help = new StringBuilder(h.text());
            for (int page = 0; page < 6; page++) {
                h.press("Space");
                help.append(h.text());
            }
            assertTrue(help.toString().contains("g f "), help.toString());
            assertTrue(help.toString().contains("refresh every feed in the background"), help.toString());
        }
    }
}
