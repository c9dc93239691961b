package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.query.QueryParser;
import java.nio.file.Path;
import dev.lede.model.Article;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The step that puts each article's published day beside its term vector. */
    private static int stepAddingVectorDays() {
        for (int i = 0; i < Migrations.STEPS.size(); i++) {
            if (List.of(Migrations.STEPS.get(i)).contains("ALTER TABLE related_vectors ADD COLUMN day INTEGER")) {
                return i;
            }
        }
        throw new AssertionError("no step adds related_vectors.day");
    }

    static Article published(String url, String published) {
        return new Article(0, url, null, "Ferry fares", null, null, null, published, Instant.ofEpochSecond(1_700_000_000L),
                3, null, null, "<p>Ferry fares rise.</p>", "Ferry fares rise.", false, false, 0, List.of());
    }

    @Test
    void theMigrationGivesEveryStoredVectorItsArticlesPublishedDayOrNone() throws Exception {
        Path file = dir.resolve("days.db");
        // Published dates as stored, and the day each must get: only a real date at the start counts.
        Map<String, Integer> cases = new LinkedHashMap<>();
        cases.put("2013-02-03T10:15:00+01:00", (int) LocalDate.of(2013, 2, 3).toEpochDay());
        cases.put("1969-12-31", -1);
        cases.put("2012-02-29T00:00:00Z", (int) LocalDate.of(2012, 2, 29).toEpochDay());
        cases.put("2013-02-30T10:00:00Z", TermVector.NO_DAY); // SQLite's date functions would take it
        cases.put("May 2013", TermVector.NO_DAY);
        cases.put("2013", TermVector.NO_DAY);
        cases.put(null, TermVector.NO_DAY);
        Map<Long, String> byId = new LinkedHashMap<>();
        long unindexed;
        try (Store store = Store.open(file, stepAddingVectorDays())) {
            int i = 0;
            for (String p : cases.keySet()) {
                String url = "https://example.com/" + i++;
                byId.put(store.insert(published(url, p), url, null, "example.com"), p);
            }
            unindexed = store.insert(published("https://example.com/x", "2014-01-01"), "example.com/x", null,
                    "example.com");
        }
        // The vectors as that schema stored them: no day.
        StoredTerms terms = TermIndexTest.terms(3);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO related_vectors(article_id, length, terms) VALUES (?, ?, ?)")) {
            for (long id : byId.keySet()) {
                ps.setLong(1, id);
                ps.setInt(2, terms.length());
                ps.setBytes(3, terms.packed());
                ps.executeUpdate();
            }
        }
        try (Store store = Store.open(file)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            for (Map.Entry<Long, String> e : byId.entrySet()) {
                TermVector v = store.termVector(e.getKey()).orElseThrow();
                assertEquals(cases.get(e.getValue()), v.day(), e.getValue());
                assertEquals(PublishedDay.of(e.getValue()), v.day(), e.getValue());
                assertEquals(3, v.size());
            }
            // Still waiting for its terms: it gets its day when indexed.
            store.indexTerms(unindexed, terms);
            assertEquals(LocalDate.of(2014, 1, 1).toEpochDay(), store.termVector(unindexed).orElseThrow().day());
        }
    }
}
