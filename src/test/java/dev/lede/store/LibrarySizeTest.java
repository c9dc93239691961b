package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.ArticleSummary;
import dev.lede.query.QueryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library-size step (issue 18): what it changes in the file, and what it keeps. */
class LibrarySizeTest {
    @TempDir
    Path dir;

    private static final String[] WORDS = ("harbour ferry fares rise council vote budget rail night train vienna"
            + " sleeper station timetable bridge tunnel river port city mayor transit bus cycle lane street"
            + " market price winter summer storm flood coast island tourist hotel museum concert festival").split(" ");

    private static String text(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[r.nextInt(WORDS.length)];
            b.append(i % 12 == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w)
                    .append(i % 12 == 11 ? ". " : " ");
        }
        return b.toString().strip();
    }

    private static StoredTerms terms(Random r) {
        List<TermCount> terms = new ArrayList<>();
        for (int i = 0; i < 20 + r.nextInt(200); i++) {
            terms.add(new TermCount("t" + r.nextInt(5000), 1 + (r.nextDouble() < 0.8 ? 0 : r.nextInt(9)),
                    r.nextInt(16)));
        }
        return StoredTerms.of(terms);
    }

    /** Fills a library with articles, each with its terms. */
    private static void fill(Store store, int n, long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            String body = text(r, 30 + r.nextInt(400));
            String title = text(r, 4);
            String url = "https://example.com/" + seed + "/" + i;
            store.insert(StoreTest.article(url, title, body, 1_700_000_000L + i * 3600L), url, null,
                    "example.com", terms(r));
        }
    }

    private static final List<String> QUERIES = List.of("ferry", "night train", "\"night train\"", "har", "vie",
            "fer", "harbour -ferry", "Vienna", "budget council", "ci");

    /** Results of each query: ids in order with their snippets. */
    private static Map<String, List<String>> results(Store store) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String q : QUERIES) {
            boolean typing = q.length() == 3 || q.length() == 2;
            List<String> rows = new ArrayList<>();
            for (ArticleSummary a : store.list(QueryParser.parse(q, typing), 0, 30)) {
                rows.add(a.id() + " " + a.snippet());
            }
            rows.add("count " + store.count(QueryParser.parse(q, typing)));
            out.put(q, rows);
        }
        return out;
    }

    private static Object pragma(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    @Test
    void aLibraryFromBeforeConvertsAndSearchesTheSame() throws Exception {
        Path file = dir.resolve("old.db");
        int before = Migrations.latest() - 1;
        Map<Long, byte[]> oldVectors = new HashMap<>();
        Map<String, List<String>> expected;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL"); // a file made as before: no incremental vacuum
        }
        try (Store store = Store.open(file, before)) {
            fill(store, 150, 1);
            expected = results(store);
        }
        // Vectors as the schema before stored them: varints.
        Map<Long, TermVector> vectors = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             PreparedStatement update = c.prepareStatement("UPDATE related_vectors SET terms = ? WHERE article_id = ?")) {
            try (ResultSet rs = s.executeQuery("SELECT article_id, length, terms FROM related_vectors")) {
                while (rs.next()) {
                    vectors.put(rs.getLong(1), TermVector.unpack(rs.getLong(1), rs.getInt(2), rs.getBytes(3)));
                }
            }
            for (TermVector v : vectors.values()) {
                byte[] old = TermVectorCodecTest.varintForm(v);
                oldVectors.put(v.articleId(), old);
                update.setBytes(1, old);
                update.setLong(2, v.articleId());
                update.executeUpdate();
            }
        }
        assertEquals(150, vectors.size());
        assertTrue(((String) pragma(file, "SELECT sql FROM sqlite_schema WHERE name = 'articles_fts'"))
                .contains("prefix"));
        assertEquals(0, ((Number) pragma(file, "PRAGMA auto_vacuum")).intValue());

        try (Store store = Store.open(file)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals(expected, results(store));
            for (TermVector v : vectors.values()) {
                TermVector now = store.termVector(v.articleId()).orElseThrow();
                assertArrayEquals(v.termIds(), now.termIds());
                assertArrayEquals(v.counts(), now.counts());
                assertArrayEquals(v.flags(), now.flags());
                assertEquals(v.length(), now.length());
            }
            // Saving, deleting and searching go on as before.
            fill(store, 10, 2);
            store.delete(1);
            assertFalse(results(store).get("ferry").stream().anyMatch(row -> row.startsWith("1 ")));
        }
        assertFalse(((String) pragma(file, "SELECT sql FROM sqlite_schema WHERE name = 'articles_fts'"))
                .toLowerCase(Locale.ROOT).contains("prefix"));
        assertEquals(2, ((Number) pragma(file, "PRAGMA auto_vacuum")).intValue(), "incremental vacuum on");
        assertEquals("ok", pragma(file, "PRAGMA integrity_check"));
        long stored = 0;
        for (byte[] old : oldVectors.values()) {
            stored += old.length;
        }
        long now = ((Number) pragma(file, "SELECT sum(length(terms)) FROM related_vectors WHERE article_id <= 150"))
                .longValue();
        assertTrue(now < stored * 0.75, now + " bytes of vectors, " + stored + " before");
    }

    @Test
    void aNewLibraryGivesFreedPagesBackWhenItCloses() throws Exception {
        Path file = dir.resolve("new.db");
        try (Store store = Store.open(file)) {
            fill(store, 300, 3);
        }
        assertEquals(2, ((Number) pragma(file, "PRAGMA auto_vacuum")).intValue());
        assertEquals(FileSpace.PAGE_SIZE, ((Number) pragma(file, "PRAGMA page_size")).intValue());
        assertEquals("wal", pragma(file, "PRAGMA journal_mode"));
        long full = Files.size(file);
        try (Store store = Store.open(file)) {
            for (long id = 1; id <= 270; id++) {
                store.delete(id);
            }
        }
        long free = ((Number) pragma(file, "PRAGMA freelist_count")).longValue();
        assertTrue(free < 64, free + " free pages left");
        // (the full-text index keeps deleted entries until it merges their segments)
        assertTrue(Files.size(file) < full * 0.6, Files.size(file) + " bytes after deleting 9 in 10, " + full + " before");
        try (Store store = Store.open(file)) {
            assertEquals(30, store.count(QueryParser.parse("")));
            assertEquals("ok", pragma(file, "PRAGMA integrity_check"));
        }
    }
}
