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

    @Test
    void openingAVersionOneLibraryMigratesItToTheLatestVersion() throws Exception {
        try (Store store = Store.open(versionOneLibrary())) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals(2, Migrations.latest());
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
