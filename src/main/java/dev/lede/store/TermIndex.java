package dev.lede.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of the related-stories index (schema step 2): the vocabulary with document
 * frequencies, one packed {@link TermVector} per article, postings of each article's
 * {@link TermCount#POSTED} terms ({@link PostingBlocks}) and running totals. Called inside {@link Store}'s
 * transactions.
 */
final class TermIndex {
    private TermIndex() {
    }

    /** Stores (replacing any earlier one) the vector of {@code articleId}. */
    static void write(StatementCache sql, VectorCache cache, long articleId, StoredTerms terms) throws SQLException {
        remove(sql, cache, articleId);
        add(sql, cache, articleId, terms);
    }

    /**
     * Stores the vector of an article that has none (one saved just now), with the article's
     * published day as its row in {@code articles} has it (see {@link PublishedDay}): the row
     * was just written or read, so the lookup costs no page read.
     */
    static void add(StatementCache sql, VectorCache cache, long articleId, StoredTerms terms) throws SQLException {
        cache.discard(articleId);
        PreparedStatement vector = sql.get(INSERT);
        vector.setLong(1, articleId);
        vector.setInt(2, terms.length());
        vector.setBytes(3, terms.packed());
        vector.executeUpdate();
        for (int hash : terms.posted()) {
            PostingBlocks.add(sql, hash, articleId);
        }
        if (updateTotals(sql.get(TOTALS), 1, terms.length(), 1) >= FOLD_AT) {
            fold(sql.connection(), cache);
        }
    }

    private static final String INSERT = "INSERT INTO related_vectors(article_id, length, terms, day)"
            + " VALUES (?1, ?2, ?3, (SELECT " + PublishedDay.sql("published") + " FROM articles WHERE id = ?1))";

    /** Takes an article off the queue of articles to index. */
    static void unmarkPending(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM related_pending WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    /**
     * related_terms keys a term by its hash as an unsigned 32-bit number (since the library-size
     * schema step): SQLite stores a negative key in 9 bytes and these in at most 5.
     */
    private static final String UNSIGNED = "4294967295";

    /** Saves between two batch updates of the document frequencies at most. */
    static final int FOLD_AT = 2048;

    /** Adds the terms of every uncounted vector to the document frequencies. */
    static void fold(Connection c, VectorCache cache) throws SQLException {
        Map<Integer, Integer> delta = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        long since = cache.generation();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT article_id, length, terms, day FROM related_vectors WHERE counted = 0")) {
            while (rs.next()) {
                TermVector v = read(rs, cache, since);
                ids.add(v.articleId());
                for (int id : v.termIds()) {
                    delta.merge(id, 1, Integer::sum);
                }
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        List<Map.Entry<Integer, Integer>> ordered = new ArrayList<>(delta.entrySet());
        // in key order (unsigned, as stored), each page is written once
        ordered.sort((a, b) -> Integer.compareUnsigned(a.getKey(), b.getKey()));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO related_terms(hash, df) VALUES (?1, ?2)"
                + " ON CONFLICT(hash) DO UPDATE SET df = df + ?2")) {
            for (Map.Entry<Integer, Integer> e : ordered) {
                ps.setLong(1, Integer.toUnsignedLong(e.getKey()));
                ps.setInt(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE related_vectors SET counted = 1"
                + " WHERE counted = 0 AND article_id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, ids.toString());
            ps.executeUpdate();
        }
        updateTotals(c, 0, 0, -ids.size());
    }

    /**
     * Removes the vector of {@code articleId}, if any, and its share of the totals; its
     * statements are kept in {@code sql} (re-extracting or deleting many articles runs them
     * for each).
     */
    static void remove(StatementCache sql, VectorCache cache, long articleId) throws SQLException {
        boolean counted = false;
        TermVector v = null;
        PreparedStatement read = sql.get(
                "SELECT article_id, length, terms, counted FROM related_vectors WHERE article_id = ?");
        read.setLong(1, articleId);
        try (ResultSet rs = read.executeQuery()) {
            if (rs.next()) {
                // Read as stored, never from the cache: what is subtracted from the frequencies
                // and postings must be exactly what this row added.
                v = TermVector.unpack(rs.getLong(1), rs.getInt(2), rs.getBytes(3));
                counted = rs.getInt(4) != 0;
            }
        }
        cache.forget(articleId);
        if (v == null) {
            return;
        }
        List<Integer> all = new ArrayList<>(v.size());
        List<Integer> posted = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            all.add(v.termIds()[i]);
            if ((v.flags()[i] & TermCount.POSTED) != 0) {
                posted.add(v.termIds()[i]);
            }
        }
        if (counted) {
            PreparedStatement ps = sql.get(
                    "UPDATE related_terms SET df = df - 1 WHERE hash IN (SELECT value & " + UNSIGNED + " FROM json_each(?))");
            ps.setString(1, all.toString());
            ps.executeUpdate();
        }
        for (int hash : posted) {
            PostingBlocks.remove(sql, hash, articleId);
        }
        PreparedStatement delete = sql.get("DELETE FROM related_vectors WHERE article_id = ?");
        delete.setLong(1, articleId);
        delete.executeUpdate();
        updateTotals(sql.get(TOTALS), -1, -v.length(), counted ? 0 : -1);
    }

    /** Queues an article for indexing by the next related-stories lookup. */
    static void markPending(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO related_pending(article_id) VALUES (?)")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    /** Changes the totals and returns how many vectors are now uncounted. */
    private static final String TOTALS = "UPDATE related_stats SET docs = docs + ?, length = length + ?,"
            + " uncounted = uncounted + ? WHERE id = 1 RETURNING uncounted";

    private static int updateTotals(Connection c, int docs, long length, int uncounted) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TOTALS)) {
            return updateTotals(ps, docs, length, uncounted);
        }
    }

    /** Runs {@link #TOTALS} on {@code ps}. */
    private static int updateTotals(PreparedStatement ps, int docs, long length, int uncounted) throws SQLException {
        ps.setInt(1, docs);
        ps.setLong(2, length);
        ps.setInt(3, uncounted);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The vector of {@code articleId}, if it has one; the statement kept in {@code sql}. */
    static Optional<TermVector> vector(StatementCache sql, VectorCache cache, long articleId) throws SQLException {
        PreparedStatement ps = sql.get("SELECT article_id, length, terms, day FROM related_vectors WHERE article_id = ?");
        ps.setLong(1, articleId);
        long since = cache.generation();
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(read(rs, cache, since)) : Optional.empty();
        }
    }

    /** The vectors of {@code articleIds} that have one, in no order; the statement kept in {@code sql}. */
    static List<TermVector> vectors(StatementCache sql, VectorCache cache, Collection<Long> articleIds)
            throws SQLException {
        return vectors(sql, cache, articleIds, day -> true);
    }

    /**
     * As {@link #vectors(StatementCache, VectorCache, Collection)}, leaving out those whose day
     * ({@link TermVector#day}) {@code days} refuses before their terms are copied out or unpacked
     * (SQLite still reads the row: the day follows the terms in it).
     */
    static List<TermVector> vectors(StatementCache sql, VectorCache cache, Collection<Long> articleIds,
            java.util.function.IntPredicate days) throws SQLException {
        List<TermVector> vectors = new ArrayList<>(articleIds.size());
        PreparedStatement ps = sql.get("SELECT article_id, length, terms, day FROM related_vectors"
                + " WHERE article_id IN (SELECT value FROM json_each(?))");
        ps.setString(1, articleIds.toString());
        long since = cache.generation();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int day = day(rs);
                if (days.test(day)) {
                    vectors.add(read(rs, cache, since, day));
                }
            }
        }
        return vectors;
    }

    /** The day (column 4) of the current row of a vector read. */
    private static int day(ResultSet rs) throws SQLException {
        long stored = rs.getLong(4);
        return rs.wasNull() ? TermVector.NO_DAY : (int) stored;
    }

    /**
     * The vector in the current row (article id, length, packed terms, day): from {@code cache}
     * when it holds one of that length and day, else unpacked and kept there (see
     * {@link VectorCache#put}). The packed bytes are not even fetched for a hit.
     */
    private static TermVector read(ResultSet rs, VectorCache cache, long since) throws SQLException {
        return read(rs, cache, since, day(rs));
    }

    private static TermVector read(ResultSet rs, VectorCache cache, long since, int day) throws SQLException {
        long id = rs.getLong(1);
        int length = rs.getInt(2);
        TermVector v = cache.get(id, length, day);
        if (v == null) {
            v = TermVector.unpack(id, length, rs.getBytes(3), day);
            cache.put(v, since);
        }
        return v;
    }

    static TermStats stats(StatementCache sql) throws SQLException {
        try (ResultSet rs = sql.get("SELECT docs, length, uncounted FROM related_stats WHERE id = 1").executeQuery()) {
            return rs.next() ? new TermStats(rs.getInt(1), rs.getLong(2), rs.getInt(3)) : new TermStats(0, 0, 0);
        }
    }

    /** Every term's document frequency: term hashes and counts, as of the last fold. */
    static int[][] documentFrequencies(Connection c) throws SQLException {
        int n;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM related_terms")) {
            n = rs.next() ? rs.getInt(1) : 0;
        }
        int[] hashes = new int[n];
        int[] df = new int[n];
        int i = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT hash, df FROM related_terms WHERE df > 0")) {
            while (rs.next() && i < n) {
                hashes[i] = (int) rs.getLong(1);
                df[i++] = rs.getInt(2);
            }
        }
        return new int[][] {Arrays.copyOf(hashes, i), Arrays.copyOf(df, i)};
    }

    /** The document frequencies of the given term hashes (unknown ones left out). */
    static Map<Integer, Integer> documentFrequencies(StatementCache sql, Collection<Integer> hashes) throws SQLException {
        Map<Integer, Integer> df = new HashMap<>(hashes.size() * 2);
        if (hashes.isEmpty()) {
            return df;
        }
        PreparedStatement ps = sql.get("SELECT hash, df FROM related_terms"
                + " WHERE hash IN (SELECT value & " + UNSIGNED + " FROM json_each(?))");
        ps.setString(1, hashes.toString());
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                df.put((int) rs.getLong(1), rs.getInt(2));
            }
        }
        return df;
    }

    /** Articles that posted term {@code hash}, newest first, at most {@code limit}. */
    static long[] postings(StatementCache sql, int hash, int limit, long below) throws SQLException {
        return PostingBlocks.newest(sql, hash, limit, below);
    }

    /** Up to {@code limit} articles waiting for terms; the statement kept in {@code sql} (each story search asks). */
    static List<Long> pending(StatementCache sql, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        PreparedStatement ps = sql.get("SELECT article_id FROM related_pending ORDER BY article_id LIMIT ?");
        ps.setInt(1, limit);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

}
