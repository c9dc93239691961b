package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.query.QueryParser;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @TempDir
    Path dir;

    private Path versionOneLibrary() throws Exception {
        Path file = dir.resolve("lede.db");
        Store.open(file, 1).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO articles (id, url, url_key, title, host, saved, words, html, text, bookmarked)
                    VALUES (7, 'https://example.com/a', 'example.com/a', 'Harbour ferry fares rise', 'example.com',
                        1735689600000, 5, '<p>Ferry fares rise in April.</p>', 'Ferry fares rise in April.', 1)""");
            s.executeUpdate("INSERT INTO tags(name) VALUES ('transit')");
            s.executeUpdate("INSERT INTO article_tags VALUES (7, 1)");
        }
        return file;
    }

    private Path versionTwoLibrary() throws Exception {
        Path file = dir.resolve("lede2.db");
        Store.open(file, 2).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file + "?foreign_keys=on");
             Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO articles (id, url, url_key, title, host, saved, words, html, text, read)
                    VALUES (3, 'https://example.com/b', 'example.com/b', 'Night trains return', 'example.com',
                        1735689600000, 6, '<p>Sleeper trains to Vienna — café «ouvert» 🚆</p>',
                        'Sleeper trains to Vienna — café «ouvert» 🚆', 1)""");
            s.executeUpdate("""
                    INSERT INTO articles (id, url, url_key, title, host, saved, words, html, text)
                    VALUES (4, 'https://example.com/c', 'example.com/c', 'Ferry timetable', 'example.com',
                        1735776000000, 3, '<p>Ferries leave hourly.</p>', 'Ferries leave hourly.')""");
            s.executeUpdate("INSERT INTO tags(name) VALUES ('rail')");
            s.executeUpdate("INSERT INTO article_tags VALUES (3, 1)");
        }
        return file;
    }

    @Test
    void migratingAVersionTwoLibraryKeepsBodiesStateAndTags() throws Exception {
        try (Store store = Store.open(versionTwoLibrary())) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            var article = store.get(3).orElseThrow();
            assertEquals("Night trains return", article.title());
            assertEquals("<p>Sleeper trains to Vienna — café «ouvert» 🚆</p>", article.html());
            assertEquals("Sleeper trains to Vienna — café «ouvert» 🚆", article.text());
            assertEquals(true, article.read());
            assertEquals(List.of("rail"), article.tags());
            assertEquals("<p>Ferries leave hourly.</p>", store.get(4).orElseThrow().html());
        }
    }

    @Test
    void migratingAVersionTwoLibraryRebuildsTheSearchIndex() throws Exception {
        try (Store store = Store.open(versionTwoLibrary())) {
            assertEquals(List.of(3L), store.list(QueryParser.parse("vienna"), 0, 10)
                    .stream().map(a -> a.id()).toList());
            assertEquals(List.of(4L), store.list(QueryParser.parse("timetable"), 0, 10)
                    .stream().map(a -> a.id()).toList());
            assertEquals(List.of(4L), store.list(QueryParser.parse("fer", true), 0, 10)
                    .stream().map(a -> a.id()).toList());
            assertEquals("Sleeper trains to \u0002Vienna\u0003 — café «ouvert» 🚆",
                    store.list(QueryParser.parse("vienna"), 0, 10).get(0).snippet());
            store.delete(3);
            assertEquals(List.of(), store.list(QueryParser.parse("vienna"), 0, 10));
            assertEquals(1, store.count(QueryParser.parse("")));
        }
    }

    @Test
    void openingAVersionOneLibraryMigratesItToTheLatestVersion() throws Exception {
        try (Store store = Store.open(versionOneLibrary())) {
            assertEquals(Migrations.latest(), store.schemaVersion());
        }
    }

    @Test
    void migrationKeepsArticlesTagsStateAndSearch() throws Exception {
        try (Store store = Store.open(versionOneLibrary())) {
            var article = store.get(7).orElseThrow();
            assertEquals("Harbour ferry fares rise", article.title());
            assertEquals(List.of("transit"), article.tags());
            assertEquals(true, article.bookmarked());
            assertEquals(List.of(7L), store.list(QueryParser.parse("is:bookmarked"), 0, 10)
                    .stream().map(a -> a.id()).toList());
            assertEquals(List.of(7L), store.list(QueryParser.parse("ferry tag:transit"), 0, 10)
                    .stream().map(a -> a.id()).toList());
        }
    }

    @Test
    void migrationQueuesExistingArticlesForTheRelatedIndex() throws Exception {
        try (Store store = Store.open(versionOneLibrary())) {
            assertEquals(List.of(7L), store.unindexed(10));
            assertEquals(0, store.termStats().docs());
        }
    }

    /** A library as the build before ids became AUTOINCREMENT wrote it, three articles in it. */
    private Path versionFourLibrary() {
        Path file = dir.resolve("lede4.db");
        try (Store store = Store.open(file, 4)) {
            store.insert(StoreTest.article("https://example.com/a", "Harbour ferry fares rise",
                    "Ferry fares rise in April.", 100, "transit"), "example.com/a", null, "example.com");
            long second = store.insert(StoreTest.article("https://example.com/b", "Night trains return",
                    "Sleeper trains to Vienna.", 200, "rail", "transit"), "example.com/b", null, "example.com");
            store.setBookmarked(second, true);
            store.insert(StoreTest.article("https://example.com/c", "Tram works",
                    "Tram works close the bridge.", 300), "example.com/c", null, "example.com");
        }
        return file;
    }

    private static List<Long> ids(Store store, String query) {
        return store.list(QueryParser.parse(query), 0, 10).stream().map(a -> a.id()).toList();
    }

    @Test
    void migratingToAutoincrementIdsKeepsArticlesBodiesTagsStateAndSearch() throws Exception {
        try (Store store = Store.open(versionFourLibrary())) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals(List.of(3L, 2L, 1L), ids(store, ""));
            var article = store.get(2).orElseThrow();
            assertEquals("Night trains return", article.title());
            assertEquals("<p>Sleeper trains to Vienna.</p>", article.html());
            assertEquals(List.of("rail", "transit"), article.tags());
            assertEquals(true, article.bookmarked());
            assertEquals(List.of(2L), ids(store, "vienna"));
            assertEquals(List.of(2L), ids(store, "is:bookmarked"));
            assertEquals(List.of(2L, 1L), ids(store, "tag:transit"));
            // the triggers came back with the table: a delete leaves the index and the facets
            store.delete(1);
            assertEquals(List.of(), ids(store, "ferry"));
            assertEquals(List.of(2L), ids(store, "tag:transit"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lede4.db"));
             Statement s = c.createStatement();
             var rs = s.executeQuery("PRAGMA foreign_key_check")) {
            assertEquals(false, rs.next());
        }
    }

    @Test
    void anIdOnceGivenIsNeverGivenAgainAfterAMigration() throws Exception {
        try (Store store = Store.open(versionFourLibrary())) {
            store.delete(3); // the newest: SQLite without AUTOINCREMENT gives 3 again
            long next = store.insert(StoreTest.article("https://example.com/d", "Bridge reopens",
                    "The bridge reopens.", 400), "example.com/d", null, "example.com");
            assertEquals(4, next);
        }
    }

    @Test
    void aNewLibraryNeverReusesTheIdOfItsNewestArticle() {
        try (Store store = Store.open(dir.resolve("new.db"))) {
            long first = store.insert(StoreTest.article("https://example.com/a", "A", "one", 100),
                    "example.com/a", null, "example.com");
            store.delete(first);
            long second = store.insert(StoreTest.article("https://example.com/b", "B", "two", 200),
                    "example.com/b", null, "example.com");
            assertEquals(first + 1, second);
        }
    }

    @Test
    void anUpgradeOfAnOlderLibraryIsAnnouncedOnceAndAnUpToDateOneIsNot() throws Exception {
        Path file = versionTwoLibrary();
        List<String> heard = new java.util.ArrayList<>();
        try (Store store = Store.openReadOnly(file, heard::add)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
        }
        assertEquals(1, heard.size(), heard.toString());
        assertEquals(true, heard.get(0).startsWith("upgrading the library")
                && heard.get(0).contains(file.toAbsolutePath().toString()), heard.get(0));
        heard.clear();
        Store.open(file, heard::add).close();
        Store.open(dir.resolve("new.db"), heard::add).close();
        assertEquals(List.of(), heard, "nothing to say for a current or a new library");
    }
}
