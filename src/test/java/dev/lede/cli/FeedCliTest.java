package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCliTest {
    @TempDir
    Path dir;
    Path db;
    TestServer server;

    @BeforeEach
    void start() {
        db = dir.resolve("lede.db");
        server = new TestServer();
        StringBuilder page = new StringBuilder("<html><head><title>Bike lanes</title></head><body><article><h1>Bike lanes</h1>");
        for (int i = 0; i < 5; i++) {
            page.append("<p>The council voted on the riverside bike lanes, paragraph ").append(i)
                    .append(", with quotes from residents, shop owners and the transport chair.</p>");
        }
        server.page("/lanes", "text/html", page.append("</article></body></html>").toString());
        server.page("/feed.xml", "application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Town &amp; River</title>
                <link>https://town.example/</link>
                <item><title>Bike lanes</title><link>%s</link><guid>1</guid><category>city</category>
                <pubDate>Sun, 02 Mar 2025 10:00:00 GMT</pubDate><description>Lanes approved.</description></item>
                </channel></rss>""".formatted(server.url("/lanes")));
        server.on("/gone.xml", e -> TestServer.send(e, 410, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void addListRefreshAndRemoveAFeed() {
        CliRun add = lede(db, "feed", "add", server.url("/feed.xml"), "-t", "local");
        assertEquals(0, add.code(), add.err());
        assertEquals("subscribed #1: Town & River (1 new article)\n", add.out());
        assertEquals("already subscribed as #1\n", lede(db, "feed", "add", server.url("/feed.xml")).out());

        CliRun list = lede(db, "feed", "list", "--json");
        assertTrue(list.out().startsWith("[{\"id\": 1, \"url\": \"" + server.url("/feed.xml") + "\", \"title\": \"Town & River\","
                + " \"site\": \"https://town.example/\", \"tags\": [\"local\"], \"articles\": 1, \"unread\": 1, \"fetched\": \""), list.out());
        assertTrue(list.out().contains("\"error\": null, \"status\": \"ok\""), list.out());

        CliRun articles = lede(db, "list", "--json", "feed:\"town & river\"");
        assertTrue(articles.out().contains("\"feed\": 1"), articles.out());
        assertTrue(articles.out().contains("\"published\": \"2025-03-02T10:00:00Z\""), articles.out());

        CliRun refresh = lede(db, "refresh");
        assertEquals(0, refresh.code());
        assertEquals("#1 Town & River: no new items\n0 new articles from 1 feed, 0 failed\n", refresh.out());

        assertEquals("unsubscribed #1\n", lede(db, "feed", "rm", "1").out());
        assertEquals(1, lede(db, "feed", "rm", "1").code());
        assertTrue(lede(db, "list", "--json").out().contains("\"feed\": null"), "the article stays, without its feed");
    }

    @Test
    void refreshExitsWithOneWhenAFeedFailed() {
        lede(db, "feed", "add", "--no-refresh", server.url("/feed.xml"));
        Files.exists(db);
        assertEquals(0, lede(db, "import", write("urls", server.url("/gone.xml") + " old\n")).code());
        CliRun refresh = lede(db, "refresh", "-j", "2");
        assertEquals(1, refresh.code());
        assertTrue(refresh.out().contains("#2 " + server.url("/gone.xml") + ": failed: HTTP 410 Gone, marked gone"), refresh.out());
        assertTrue(refresh.out().endsWith("1 new article from 2 feeds, 1 failed\n"), refresh.out());
        assertTrue(lede(db, "feed", "list", "--json").out().contains("\"status\": \"gone\""));
    }

    @Test
    void showPrintsTheParseAsJson() throws IOException {
        Path atom;
        try (InputStream in = getClass().getResourceAsStream("/feeds/atom.xml")) {
            atom = dir.resolve("atom.xml");
            Files.write(atom, in.readAllBytes());
        }
        CliRun show = lede(db, "feed", "show", atom.toString(), "--json");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().startsWith("{\"title\": \"Ada's Blog\", \"link\": \"https://blog.example/\", \"items\": [{\"id\": "
                + "\"tag:blog.example,2025:1\", \"title\": \"Engines & numbers\", \"link\": \"https://blog.example/posts/engines.html\","
                + " \"published\": \"2025-03-01T09:00:00+02:00\", \"updated\": \"2025-03-02T09:00:00Z\", \"author\": \"Ada Lovelace\","), show.out());
        CliRun remote = lede(db, "feed", "show", server.url("/feed.xml"));
        assertTrue(remote.out().startsWith("Town & River (rss, 1 items)"), remote.out());
        CliRun missing = lede(db, "feed", "show", dir.resolve("nope.xml").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void opmlExportAndImportCarryTags() {
        lede(db, "feed", "add", "--no-refresh", "-t", "news", server.url("/feed.xml"));
        CliRun export = lede(db, "feed", "export");
        assertTrue(export.out().contains("<outline type=\"rss\" text=\"Town &amp; River\" title=\"Town &amp; River\" xmlUrl=\""
                + server.url("/feed.xml") + "\" htmlUrl=\"https://town.example/\" category=\"news\"/>"), export.out());
        Path other = dir.resolve("other.db");
        CliRun imported = lede(other, "import", write("subs.opml", export.out()));
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().endsWith("subscribed 1, already subscribed 0, failed 0; 'lede refresh' fetches them\n"), imported.out());
        assertTrue(lede(other, "feed", "list", "--json").out().contains("\"tags\": [\"news\"]"));
        assertEquals(0, lede(other, "refresh").code());
        assertTrue(lede(other, "list", "feed:1").out().contains("Bike lanes"));
    }

    private String write(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            return file.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
