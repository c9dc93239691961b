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

    /** Fills a library with articles, each with its terms (or queued for indexing when not {@code withTerms}). */
    private static void fill(Store store, int n, long seed, boolean withTerms) {
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            String body = text(r, 30 + r.nextInt(400));
            String title = text(r, 4);
            String url = "https://example.com/" + seed + "/" + i;
            StoredTerms terms = terms(r);
            store.insert(StoreTest.article(url, title, body, 1_700_000_000L + i * 3600L), url, null,
                    "example.com", withTerms ? terms : null);
        }
    }

    /**
     * Writes the related-stories index of articles 1 to {@code n} as the schema before this
     * step held it: vectors as varints, a row per posting. Returns the vectors.
     */
    private static Map<Long, TermVector> writeOldIndex(Path file, int n) throws SQLException {
        Map<Long, TermVector> vectors = new HashMap<>();
        Random r = new Random(77);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement vector = c.prepareStatement(
                     "INSERT INTO related_vectors(article_id, length, terms) VALUES (?, ?, ?)");
             PreparedStatement posting = c.prepareStatement(
                     "INSERT OR IGNORE INTO related_postings(term, article_id) VALUES (?, ?)");
             Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long total = 0;
            for (long id = 1; id <= n; id++) {
                StoredTerms t = terms(r);
                TermVector v = TermVector.unpack(id, t.length(), t.packed());
                vectors.put(id, v);
                vector.setLong(1, id);
                vector.setInt(2, t.length());
                vector.setBytes(3, TermVectorCodecTest.varintForm(v));
                vector.executeUpdate();
                for (int hash : t.posted()) {
                    posting.setInt(1, hash);
                    posting.setLong(2, id);
                    posting.executeUpdate();
                }
                total += t.length();
            }
            // Document frequencies, keyed by the signed hash as before.
            Map<Integer, Integer> df = new HashMap<>();
            for (TermVector v : vectors.values()) {
                for (int hash : v.termIds()) {
                    df.merge(hash, 1, Integer::sum);
                }
            }
            try (PreparedStatement term = c.prepareStatement("INSERT INTO related_terms(hash, df) VALUES (?, ?)")) {
                for (Map.Entry<Integer, Integer> e : df.entrySet()) {
                    term.setInt(1, e.getKey());
                    term.setInt(2, e.getValue());
                    term.executeUpdate();
                }
            }
            s.executeUpdate("UPDATE related_vectors SET counted = 1");
            s.executeUpdate("DELETE FROM related_pending");
            s.executeUpdate("UPDATE related_stats SET docs = " + n + ", length = " + total + ", uncounted = 0");
            c.commit();
        }
        return vectors;
    }

    /** Every term's postings as stored in rows: the newest 40, and the newest 40 under article 100. */
    private static Map<Integer, List<Long>> oldPostings(Path file) throws SQLException {
        Map<Integer, List<Long>> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT term, article_id FROM related_postings ORDER BY term, article_id DESC")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return out;
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

    private static final List<String> MATCHES = List.of("ferry", "night train", "\"night train\"", "har*", "vie*",
            "fer*", "ci*", "harbour NOT ferry", "vienna", "budget council", "\"harbour\" OR \"vote\"");

    /** Raw full-text ranking with the given bm25 weights: ids with their scores, best first. */
    private static Map<String, List<String>> ranking(Path file, String weights) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("SELECT rowid, bm25(articles_fts, " + weights + ") AS s"
                     + " FROM articles_fts WHERE articles_fts MATCH ? ORDER BY s, rowid")) {
            for (String m : MATCHES) {
                ps.setString(1, m);
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getLong(1) + " " + rs.getDouble(2));
                    }
                }
                out.put(m, rows);
            }
        }
        return out;
    }

    private static List<Long> boxed(long[] ids) {
        List<Long> out = new ArrayList<>();
        for (long id : ids) {
            out.add(id);
        }
        return out;
    }

    private static Object pragma(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    /** The index of the schema step that repacks term vectors (the library-size step). */
    private static int stepRepackingVectors() {
        for (int i = 0; i < Migrations.STEPS.size(); i++) {
            if (List.of(Migrations.STEPS.get(i)).contains(Migrations.REPACK_TERM_VECTORS)) {
                return i;
            }
        }
        throw new AssertionError("no step repacks the term vectors");
    }

    @Test
    void aLibraryFromBeforeConvertsAndSearchesTheSame() throws Exception {
        Path file = dir.resolve("old.db");
        int before = stepRepackingVectors(); // the library-size step; later steps follow it
        Map<Long, byte[]> oldVectors = new HashMap<>();
        Map<String, List<String>> expected;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL"); // a file made as before: no incremental vacuum
        }
        try (Store store = Store.open(file, before)) {
            fill(store, 150, 1, false);
        }
        // What Lede ranked before (title first in the index, weighted 10) ...
        Map<String, List<String>> rankedBefore = ranking(file, "10.0, 1.0");
        // ... and what a library made now of the same articles shows.
        try (Store fresh = Store.open(dir.resolve("fresh.db"))) {
            fill(fresh, 150, 1, false);
            expected = results(fresh);
        }
        Map<Long, TermVector> vectors = writeOldIndex(file, 150);
        Map<Integer, List<Long>> postings = oldPostings(file);
        for (TermVector v : vectors.values()) {
            oldVectors.put(v.articleId(), TermVectorCodecTest.varintForm(v));
        }
        assertEquals(150, vectors.size());
        assertTrue(((String) pragma(file, "SELECT sql FROM sqlite_schema WHERE name = 'articles_fts'"))
                .contains("prefix"));
        assertEquals(0, ((Number) pragma(file, "PRAGMA auto_vacuum")).intValue());

        try (Store store = Store.open(file)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals(rankedBefore, ranking(file, "1.0, 10.0"), "the same scores, text now first");
            assertEquals(expected, results(store));
            for (TermVector v : vectors.values()) {
                TermVector now = store.termVector(v.articleId()).orElseThrow();
                assertArrayEquals(v.termIds(), now.termIds());
                assertArrayEquals(v.counts(), now.counts());
                assertArrayEquals(v.flags(), now.flags());
                assertEquals(v.length(), now.length());
            }
            for (Map.Entry<Integer, List<Long>> e : postings.entrySet()) {
                List<Long> newest = e.getValue();
                assertEquals(newest.subList(0, Math.min(40, newest.size())), boxed(store.postings(e.getKey(), 40)));
                List<Long> under = newest.stream().filter(id -> id < 100).limit(40).toList();
                assertEquals(under, boxed(store.postings(e.getKey(), 40, 100)));
            }
            Map<Integer, Integer> df = new HashMap<>();
            for (TermVector v : vectors.values()) {
                for (int hash : v.termIds()) {
                    df.merge(hash, 1, Integer::sum);
                }
            }
            int[][] all = store.documentFrequencies();
            Map<Integer, Integer> read = new HashMap<>();
            for (int i = 0; i < all[0].length; i++) {
                read.put(all[0][i], all[1][i]);
            }
            assertEquals(df, read);
            assertEquals(df, store.documentFrequencies(df.keySet()));
            // Deleting, saving and searching go on as before.
            store.delete(1);
            Map<Integer, Integer> after = store.documentFrequencies(df.keySet());
            for (int hash : vectors.get(1L).termIds()) {
                assertEquals(df.get(hash) - 1, after.getOrDefault(hash, 0), "a deleted article's terms counted out");
            }
            fill(store, 10, 2, true);
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
    void aSmallLibraryIsRewrittenCompactlyAfterABulkImport() throws Exception {
        Path plain = dir.resolve("plain.db");
        Path bulk = dir.resolve("bulk.db");
        try (Store store = Store.open(plain)) {
            fill(store, 300, 5, true);
        }
        Map<String, List<String>> expected;
        try (Store store = Store.open(bulk)) {
            store.prepareForBulkWrites();
            fill(store, 300, 5, true);
            expected = results(store);
        }
        assertTrue(Files.size(bulk) < Files.size(plain), Files.size(bulk) + " bytes after, " + Files.size(plain) + " without");
        assertEquals(0L, ((Number) pragma(bulk, "PRAGMA freelist_count")).longValue());
        assertEquals(1L, ((Number) pragma(bulk, "SELECT count(DISTINCT segid) FROM articles_fts_idx")).longValue());
        assertEquals(2, ((Number) pragma(bulk, "PRAGMA auto_vacuum")).intValue());
        assertEquals("ok", pragma(bulk, "PRAGMA integrity_check"));
        try (Store store = Store.open(bulk)) {
            assertEquals(expected, results(store));
        }
    }

    @Test
    void aNewLibraryGivesFreedPagesBackWhenItCloses() throws Exception {
        Path file = dir.resolve("new.db");
        try (Store store = Store.open(file)) {
            fill(store, 300, 3, true);
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
        assertTrue(free < 16, free + " free pages left");
        // (the full-text index keeps deleted entries until it merges their segments)
        assertTrue(Files.size(file) < full * 0.6, Files.size(file) + " bytes after deleting 9 in 10, " + full + " before");
        try (Store store = Store.open(file)) {
            assertEquals(30, store.count(QueryParser.parse("")));
            assertEquals("ok", pragma(file, "PRAGMA integrity_check"));
        }
    }
}
