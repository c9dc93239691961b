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
}
