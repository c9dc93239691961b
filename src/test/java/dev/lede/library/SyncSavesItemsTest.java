package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import dev.lede.fetch.TestServer;
import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.model.Query;
import dev.lede.sync.ItemIds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync saves the server's new items as the feed refresh saves a feed's: the page of a link
 * that is a web page, else the item's own content (see ItemArticle). A loopback server speaks
 * the few calls of the Google Reader API a first sync makes, and serves the linked page.
 */
class SyncSavesItemsTest {
    @TempDir
    Path dir;
    final TestServer server = new TestServer();

    @AfterEach
    void close() {
        server.close();
    }

    private static void json(HttpExchange e, String body) throws java.io.IOException {
        TestServer.send(e, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String item(long id, String title, String link, String content) {
        return "{\"id\": \"" + ItemIds.tag(id) + "\", \"title\": \"" + title + "\", \"published\": 1740909600,"
                + " \"origin\": {\"streamId\": \"feed/1\"},"
                + (link == null ? "" : " \"canonical\": [{\"href\": \"" + link + "\"}],")
                + " \"summary\": {\"content\": \"" + content + "\"}, \"categories\": []}";
    }

    @Test
    void itemsAreSavedFromTheirPageOrElseTheirOwnContent() throws Exception {
        server.page("/story", "text/html", FeedSite.page("Riverside lanes", 6));
        String items = "{\"items\": [" + String.join(",",
                item(1, "Lanes", server.url("/story"), "<p>A summary.</p>"),
                item(2, "Write to us", "mailto:editor@example.com", "<p>Short &amp; sweet.</p>"),
                item(3, "A note", null, "First paragraph.\\n\\nSecond paragraph.")) + "]}";
        server.on("/api/accounts/ClientLogin", e -> TestServer.send(e, 200, "text/plain",
                        "SID=x\nLSID=null\nAuth=session\n".getBytes(StandardCharsets.UTF_8)))
                .on("/api/reader/api/0/subscription/list", e -> json(e, "{\"subscriptions\": [{\"id\": \"feed/1\","
                        + " \"title\": \"One\", \"url\": \"" + server.url("/feed") + "\", \"categories\": []}]}"))
                .on("/api/reader/api/0/stream/items/ids", e -> json(e, e.getRequestURI().getRawQuery().contains("starred")
                        ? "{\"itemRefs\": []}" : "{\"itemRefs\": [{\"id\": \"1\"}, {\"id\": \"2\"}, {\"id\": \"3\"}]}"))
                .on("/api/reader/api/0/stream/contents/", e -> json(e, items))
                .on("/api/reader/api/0/stream/items/contents", e -> json(e, items));
        try (Library library = Library.open(dir.resolve("lede.db"))) {
            Sync sync = library.sync();
            sync.addAccount(server.url("/api"), "me", "pw");
            Sync.Report report = sync.run(Sync.Listener.SILENT);
            assertEquals(3, report.newArticles());
            assertEquals(2, report.fromServerContent());
            Map<String, Article> byTitle = library.list(Query.ALL, 0, 10).stream()
                    .map(s -> library.get(s.id()).orElseThrow())
                    .collect(Collectors.toMap(Article::title, Function.identity()));
            assertTrue(byTitle.get("Riverside lanes").text().contains("paragraph 5 of the full story"),
                    "the page's full text: " + byTitle.keySet());
            Article mail = byTitle.get("Write to us");
            assertEquals("https://sync.invalid/item/2", mail.url(), "a mailto: link is no page to fetch");
            assertTrue(mail.text().contains("Short & sweet."), "too short for the extractor, kept as text: " + mail.text());
            Article note = byTitle.get("A note");
            assertTrue(note.text().contains("First paragraph.") && note.text().contains("Second paragraph."), note.text());
            assertEquals(3, library.list(Query.ALL, 0, 10).stream().map(ArticleSummary::id).distinct().count());
        }
    }
}
