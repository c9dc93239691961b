package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format imported into a real library, with the pages served from loopback. */
class ImportFormatsTest {
    @TempDir
    Path dir;
    Path db;
    TestServer server;

    static String page(String title) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + title
                + " is the story of the day, reported in full by our correspondent in the harbour town.</p>"
                + "<p>More details followed later in the afternoon, officials said on Tuesday.</p></article></body></html>";
    }

    @BeforeEach
    void serve() {
        db = dir.resolve("lede.db");
        server = new TestServer();
        for (String name : new String[] {"ferry", "bikes", "park", "tram", "library"}) {
            server.page("/" + name, "text/html; charset=utf-8", page("Page about the " + name));
        }
        server.on("/gone", exchange -> TestServer.send(exchange, 404, "text/html", "no".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private String json() {
        return lede(db, "list", "-n", "0", "--json").out();
    }

    @Test
    void pocketCsvKeepsTitlesTimesTagsAndStatesThenFetchesThePages() throws IOException {
        Path csv = write("part_000000.csv", "title,url,time_added,cursor,tags,status\n"
                + "\"Ferry, fares and \"\"more\"\"\"," + server.url("/ferry") + ",1700000000,abc,transit|city,unread\n"
                + "Bikes," + server.url("/bikes") + ",1700000100,def,,archive\n");
        CliRun run = lede(db, "import", csv.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("pocket export, 2 articles"), run.out());
        String json = json();
        assertTrue(json.contains("\"title\": \"Ferry, fares and \\\"more\\\"\""), json);
        assertTrue(json.contains("\"saved\": \"2023-11-14T22:13:20Z\""), json);
        assertTrue(json.contains("\"tags\": [\"city\", \"transit\"]"), json);
        assertTrue(json.contains("\"read\": true"), json);
        assertFalse(json.contains("\"pending\": true"), json);
        assertTrue(lede(db, "show", "1", "--width", "200").out().contains("reported in full by our correspondent"));
    }

    @Test
    void pocketZipWithAnnotationsImportsHighlights() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("part_000000.csv", "title,url,time_added,cursor,tags,status\nFerry," + server.url("/ferry")
                + ",1700000000,,,unread\n");
        entries.put("annotations/part_000000.json", "[{\"url\":\"" + server.url("/ferry") + "\",\"title\":\"Ferry\","
                + "\"highlights\":[{\"quote\":\"reported in full by our correspondent\",\"created_at\":1700000500}]}]");
        Path file = zip("pocket.zip", entries);
        assertEquals(0, lede(db, "import", file.toString()).code());
        String shown = lede(db, "show", "1").out();
        assertTrue(shown.contains("reported in full by our correspondent"), shown);
        String export = lede(db, "export").out();
        assertTrue(export.contains("\"highlights\": [{\"quote\": \"reported in full by our correspondent\""), export);
    }

    @Test
    void pocketRilExportHtmlReadsBothLists() throws IOException {
        Path file = write("ril_export.html", "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>Pocket Export</title>"
                + "</head><body>\n<h1>Unread</h1>\n<ul>\n<li><a href=\"" + server.url("/ferry") + "\" time_added=\"1500000000\""
                + " tags=\"transit,city\">Ferry</a></li>\n</ul>\n\n<h1>Read Archive</h1>\n<ul>\n<li><a href=\""
                + server.url("/bikes") + "\" time_added=\"1500000100\" tags=\"\">Bikes</a></li>\n</ul>\n</body></html>");
        assertEquals(0, lede(db, "import", "--no-fetch", file.toString()).code());
        String unread = lede(db, "list", "is:unread", "--json").out();
        assertTrue(unread.contains("\"title\": \"Ferry\"") && unread.contains("\"tags\": [\"city\", \"transit\"]"), unread);
        assertTrue(lede(db, "list", "is:read").out().contains("Bikes"));
    }

    @Test
    void noFetchSavesPendingArticlesThatFetchCompletesAndFailuresStayWithTheirError() throws IOException {
        Path csv = write("pocket.csv", "title,url,time_added,cursor,tags,status\n"
                + "Ferry," + server.url("/ferry") + ",1700000000,,,unread\n"
                + "Gone," + server.url("/gone") + ",1700000100,,,unread\n");
        CliRun run = lede(db, "import", "--no-fetch", csv.toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("lede fetch"), run.out());
        assertEquals(2, lede(db, "list", "is:pending", "--json").out().split("\"pending\": true").length - 1);
        assertEquals(2, lede(db, "list").out().split(" · --[^\n]*\\(pending\\)\n", -1).length - 1,
                "each row says it waits, its length unknown");
        CliRun fetch = lede(db, "fetch");
        assertEquals(1, fetch.code(), fetch.out());
        assertTrue(fetch.out().contains("fetched 1, failed 1"), fetch.out());
        String pending = lede(db, "list", "is:pending", "--json").out();
        assertTrue(pending.contains("\"title\": \"Gone\"") && pending.contains("\"error\": \"HTTP 404"), pending);
        assertFalse(pending.contains("Ferry"), pending);
        String list = lede(db, "list").out();
        assertTrue(list.contains(" · -- (fetch failed: HTTP 404"), list);
        assertTrue(list.matches("(?s).*Ferry · 127\\.0\\.0\\.1 · \\d+m.*"), "a fetched article has its length: " + list);
        assertTrue(lede(db, "list", "--", "-is:pending").out().contains("Ferry"));
        // Importing again adds nothing, and a second fetch only retries what is still pending.
        assertTrue(lede(db, "import", "--no-fetch", csv.toString()).out().contains("imported 0, already saved 2"));
        assertTrue(lede(db, "fetch").out().contains("fetched 0, failed 1"));
    }

    @Test
    void fetchedPendingArticlesJoinTheirStoryAsAddedOnesDo() throws IOException {
        String story = "<p>The harbour ferry fares rise by a third in April, the port authority announced, blaming fuel"
                + " costs and the new pier. Commuters from the island said the harbour ferry fares were already the"
                + " highest on the coast and asked the port authority to delay the rise.</p>";
        server.page("/fares-1", "text/html", "<html><head><title>Ferry fares rise</title></head><body><article>" + story
                + "<p>The authority will meet island councillors next week.</p></article></body></html>");
        server.page("/fares-2", "text/html", "<html><head><title>Island angry at ferry fares</title></head><body><article>"
                + story + "<p>Councillors will take the matter to the minister.</p></article></body></html>");
        Path csv = write("pocket.csv", "title,url,time_added,cursor,tags,status\n"
                + "One," + server.url("/fares-1") + ",1700000000,,,unread\nTwo," + server.url("/fares-2") + ",1700000100,,,unread\n");
        assertEquals(0, lede(db, "import", csv.toString()).code());
        String json = json();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"story\": (\\d+)").matcher(json);
        assertTrue(m.find(), json);
        String first = m.group(1);
        assertTrue(m.find(), json);
        assertEquals(first, m.group(1), json);
        assertTrue(lede(db, "related", "1").out().contains("Two"));
    }

    @Test
    void reimportKeepsWhatTheUserChangedSince() throws IOException {
        Path csv = write("pocket.csv", "title,url,time_added,cursor,tags,status\n"
                + "Ferry," + server.url("/ferry") + ",1700000000,,transit,unread\n");
        lede(db, "import", csv.toString());
        lede(db, "read", "1");
        lede(db, "untag", "1", "transit");
        lede(db, "tag", "1", "mine");
        lede(db, "import", csv.toString());
        String json = json();
        assertTrue(json.contains("\"read\": true") && json.contains("\"tags\": [\"mine\"]"), json);
        assertEquals(1, json.split("\"id\"").length - 1);
    }

    @Test
    void instapaperCsvFoldersBecomeStatesOrTags() throws IOException {
        Path csv = write("instapaper-export.csv", "URL,Title,Selection,Folder,Timestamp,Tags\n"
                + server.url("/ferry") + ",Ferry,,Unread,1700000000,[]\n"
                + server.url("/bikes") + ",Bikes,A selection,Archive,1700000100,\"[\"\"city\"\"]\"\n"
                + server.url("/park") + ",Park,,Starred,1700000200,[]\n"
                + server.url("/tram") + ",Tram,,Transport,1700000300,[]\n");
        assertEquals(0, lede(db, "import", "--no-fetch", csv.toString()).code());
        assertTrue(lede(db, "list", "is:read").out().contains("Bikes"));
        assertTrue(lede(db, "list", "is:bookmarked").out().contains("Park"));
        assertTrue(lede(db, "list", "tag:transport").out().contains("Tram"));
        assertTrue(lede(db, "list", "tag:city").out().contains("Bikes"));
    }

    @Test
    void omnivoreZipUsesItsContentAndHighlightsWithoutFetching() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("metadata_0_to_1.json", "[{\"id\":\"1f0\",\"slug\":\"river-notes\",\"title\":\"River notes\","
                + "\"description\":\"About the river\",\"author\":\"Jane Doe\",\"url\":\"https://omnivore.example/river\","
                + "\"state\":\"Archived\",\"readingProgress\":100,\"thumbnail\":null,\"labels\":[\"nature\"],"
                + "\"savedAt\":\"2024-05-01T10:00:00.000Z\",\"updatedAt\":\"2024-05-02T10:00:00.000Z\","
                + "\"publishedAt\":\"2024-04-30T00:00:00.000Z\"}]");
        entries.put("content/river-notes.html", "<html><head><title>River notes</title></head><body><article>"
                + "<p>The river rose overnight and the old footbridge was closed to walkers until further notice.</p>"
                + "<p>Engineers will inspect the supports in the morning, the council said.</p></article></body></html>");
        entries.put("highlights/river-notes.md", "> the old footbridge was closed [⤴️](https://omnivore.app/me/river-notes#a1)\n\n"
                + "Check the detour\n\n> Engineers will inspect the supports [⤴️](https://omnivore.app/me/river-notes#a2)\n");
        Path file = zip("Omnivore.zip", entries);
        // Unpacked into a folder, it reads the same: a second library from the folder.
        Path folder = dir.resolve("Omnivore");
        for (Map.Entry<String, String> e : entries.entrySet()) {
            Files.createDirectories(folder.resolve(e.getKey()).getParent());
            Files.writeString(folder.resolve(e.getKey()), e.getValue());
        }
        Path unpacked = dir.resolve("unpacked.db");
        CliRun fromFolder = lede(unpacked, "import", folder.toString());
        assertEquals(0, fromFolder.code(), fromFolder.out() + fromFolder.err());
        assertTrue(fromFolder.out().contains("omnivore export, 1 articles") && fromFolder.out().contains("imported 1, already"),
                fromFolder.out());
        assertTrue(lede(unpacked, "show", "1").out().contains("Check the detour"));
        CliRun run = lede(db, "import", file.toString());
        assertEquals(0, run.code(), run.out());
        String json = json();
        assertTrue(json.contains("\"read\": true") && json.contains("\"tags\": [\"nature\"]")
                && json.contains("\"saved\": \"2024-05-01T10:00:00Z\"") && json.contains("\"pending\": false"), json);
        String shown = lede(db, "show", "1").out();
        assertTrue(shown.contains("The river rose overnight"), shown);
        assertTrue(shown.contains("Check the detour"), shown);
    }

    @Test
    void wallabagJsonKeepsContentStarsAndAnnotations() throws IOException {
        Path file = write("wallabag.json", "[{\"is_archived\":0,\"is_starred\":1,\"tags\":[\"city\"],\"is_public\":false,"
                + "\"id\":7,\"title\":\"Tram line opens\",\"url\":\"https://wallabag.example/tram\","
                + "\"content\":\"<p>The new tram line opened on Monday with free rides for the first week of service.</p>"
                + "<p>Crowds gathered at every stop along the route to see the first trams.</p>\","
                + "\"created_at\":\"2024-02-03T09:10:11+01:00\",\"updated_at\":\"2024-02-03T09:10:11+01:00\","
                + "\"mimetype\":\"text/html\",\"language\":\"en\",\"reading_time\":1,\"domain_name\":\"wallabag.example\","
                + "\"annotations\":[{\"user\":\"me\",\"annotator_schema_version\":\"v1.0\",\"id\":1,\"text\":\"great\","
                + "\"created_at\":\"2024-02-03T10:00:00+01:00\",\"updated_at\":\"2024-02-03T10:00:00+01:00\","
                + "\"quote\":\"free rides for the first week\",\"ranges\":[{\"start\":\"/p[1]\",\"startOffset\":\"40\","
                + "\"end\":\"/p[1]\",\"endOffset\":\"70\"}]}]}]");
        assertEquals(0, lede(db, "import", file.toString()).code());
        String json = json();
        assertTrue(json.contains("\"bookmarked\": true") && json.contains("\"saved\": \"2024-02-03T08:10:11Z\""), json);
        String shown = lede(db, "show", "1").out();
        assertTrue(shown.contains("free rides for the first week") && shown.contains("great"), shown);
    }

    @Test
    void raindropReadwiseAndKarakeepMapTheirColumns() throws IOException {
        Path raindrop = write("raindrop.csv", "id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite\n"
                + "1,Ferry,,,\"" + server.url("/ferry") + "\",Reading,\"transit, city\",2024-01-02T03:04:05.000Z,,"
                + "\"Highlight:reported in full\nNote:good\",true\n");
        Path readwise = write("readwise.csv", "Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen\n"
                + "Bikes," + server.url("/bikes") + ",01h,\"['city', 'bikes']\",2024-01-05 10:00:00+00:00,1.0,archive,True\n");
        Path karakeep = write("karakeep.json", "{\"bookmarks\":[{\"createdAt\":1717170000,\"title\":\"Park\","
                + "\"tags\":[\"green\"],\"content\":{\"type\":\"link\",\"url\":\"" + server.url("/park") + "\"},"
                + "\"note\":null,\"archived\":true,\"favourited\":true}]}");
        CliRun run = lede(db, "import", "--no-fetch", raindrop.toString(), readwise.toString(), karakeep.toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("raindrop export") && run.out().contains("readwise export")
                && run.out().contains("karakeep export"), run.out());
        assertTrue(lede(db, "list", "tag:reading", "is:bookmarked").out().contains("Ferry"));
        assertTrue(lede(db, "list", "tag:bikes", "is:read").out().contains("Bikes"));
        assertTrue(lede(db, "list", "tag:green", "is:read", "is:bookmarked").out().contains("Park"));
    }

    @Test
    void netscapeBookmarksTurnFoldersIntoTags() throws IOException {
        Path file = write("bookmarks.html", "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<!-- This is an automatically generated file. -->\n"
                + "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n<TITLE>Bookmarks</TITLE>\n"
                + "<H1>Bookmarks</H1>\n<DL><p>\n    <DT><H3 ADD_DATE=\"1600000000\" PERSONAL_TOOLBAR_FOLDER=\"true\">Bookmarks bar</H3>\n"
                + "    <DL><p>\n        <DT><H3 ADD_DATE=\"1600000000\">Transit</H3>\n        <DL><p>\n"
                + "            <DT><A HREF=\"" + server.url("/tram") + "\" ADD_DATE=\"1600000100\" TAGS=\"rail\">Tram</A>\n"
                + "        </DL><p>\n        <DT><A HREF=\"" + server.url("/park") + "\" ADD_DATE=\"1600000200\">Park</A>\n"
                + "    </DL><p>\n    <DT><A HREF=\"javascript:void(0)\">Bookmarklet</A>\n</DL><p>\n");
        assertEquals(0, lede(db, "import", "--no-fetch", file.toString()).code());
        String json = json();
        assertTrue(json.contains("\"tags\": [\"rail\", \"transit\"]"), json);
        assertEquals(2, json.split("\"id\"").length - 1, json);
    }

    @Test
    void newsboatCacheBringsItsItemsWithReadAndFlaggedStates() throws Exception {
        Path cache = dir.resolve("cache.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cache); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE rss_feed (rssurl VARCHAR(1024) PRIMARY KEY NOT NULL, url VARCHAR(1024) NOT NULL,"
                    + " title VARCHAR(1024) NOT NULL, lastmodified INTEGER(11) NOT NULL DEFAULT 0, is_rtl INTEGER(1) NOT NULL DEFAULT 0,"
                    + " etag VARCHAR(128) NOT NULL DEFAULT \"\")");
            s.execute("CREATE TABLE rss_item (id INTEGER PRIMARY KEY AUTOINCREMENT, guid VARCHAR(64) NOT NULL,"
                    + " title VARCHAR(1024) NOT NULL, author VARCHAR(1024) NOT NULL, url VARCHAR(1024) NOT NULL,"
                    + " feedurl VARCHAR(1024) NOT NULL, pubDate INTEGER NOT NULL, content VARCHAR(65535) NOT NULL,"
                    + " unread INTEGER(1) NOT NULL, enclosure_url VARCHAR(1024), enclosure_type VARCHAR(1024),"
                    + " enqueued INTEGER(1) NOT NULL DEFAULT 0, flags VARCHAR(52), deleted INTEGER(1) NOT NULL DEFAULT 0,"
                    + " base VARCHAR(128) NOT NULL DEFAULT \"\", content_mime_type VARCHAR(255) NOT NULL DEFAULT \"\")");
            s.execute("INSERT INTO rss_feed (rssurl, url, title) VALUES ('" + server.url("/feed") + "', '', 'Feed')");
            s.execute("INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread, flags) VALUES"
                    + " ('g1', 'Ferry item', 'Ann', '" + server.url("/ferry") + "', 'f', 1700000000, '<p>short</p>', 0, 's'),"
                    + " ('g2', 'Bikes item', '', '" + server.url("/bikes") + "', 'f', 1700000100, '', 1, '')");
        }
        CliRun run = lede(db, "import", cache.toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("newsboat export, 2 articles"), run.out());
        assertTrue(lede(db, "list", "is:read", "is:bookmarked").out().contains("Ferry item"));
        assertTrue(lede(db, "list", "is:unread").out().contains("Bikes item"));
        assertTrue(lede(db, "show", "2").out().contains("reported in full"));
        // Its feeds are subscriptions now, and go out again as OPML.
        String opml = lede(db, "export", "--format", "opml").out();
        assertTrue(opml.contains("xmlUrl=\"" + server.url("/feed") + "\""), opml);
    }

    @Test
    void anUnknownFileIsAnErrorNamingWhatWasTried() throws IOException {
        Path file = write("notes.dat", "just,some\nrandom,data\n");
        CliRun run = lede(db, "import", file.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("not a format Lede knows; tried Pocket"), run.err());
        CliRun bad = lede(db, "import", "--format", "myspace", file.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown format 'myspace'"), bad.err());
    }

    @Test
    void ledeExportRestoresIntoAnEmptyLibraryAndExportsTheSame() throws IOException {
        Path csv = write("pocket.csv", "title,url,time_added,cursor,tags,status\n"
                + "Ferry," + server.url("/ferry") + ",1700000000,,transit|city,archive\n"
                + "Bikes," + server.url("/bikes") + ",1700000100,,,unread\n");
        lede(db, "import", csv.toString());
        lede(db, "bookmark", "2");
        String first = lede(db, "export").out();
        Path export = write("backup.jsonl", first);
        Path other = dir.resolve("other.db");
        CliRun run = lede(other, "import", export.toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("lede export, 2 articles"), run.out());
        assertEquals(first, lede(other, "export").out());
    }

    @Test
    void aSavedPageKeepsTheUrlItNames() throws IOException {
        Path file = write("saved.html", "<html><head><title>Tram line opens</title>"
                + "<link rel=\"canonical\" href=\"https://news.example.com/2024/tram-line-opens\"></head><body><article>"
                + "<h1>Tram line opens</h1><p>The new tram line opened on Monday with free rides for the first week.</p>"
                + "<p>Crowds gathered at every stop along the route to see the first trams arrive.</p></article></body></html>");
        assertEquals(0, lede(db, "import", file.toString()).code());
        String json = json();
        assertTrue(json.contains("\"url\": \"https://news.example.com/2024/tram-line-opens\""), json);
        assertTrue(lede(db, "list", "site:example.com").out().contains("Tram line opens"));
    }
}
