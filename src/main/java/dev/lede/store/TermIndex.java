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
 * {@link TermCount#POSTED} terms and running totals. Called inside {@link Store}'s
 * transactions.
 */
final class TermIndex {
    private TermIndex() {
    }

    /** Stores (replacing any earlier one) the vector of {@code articleId}. */
    static void write(Connection c, long articleId, List<TermCount> terms) throws SQLException {
        remove(c, articleId);
        Map<String, TermCount> byTerm = new HashMap<>(terms.size() * 2);
        for (TermCount t : terms) {
            byTerm.merge(t.term(), t, (a, b) -> new TermCount(a.term(), a.count() + b.count(), a.flags() | b.flags()));
        }
        int n = byTerm.size();
        long[] packedIds = new long[n]; // id << 32 | index, so one sort orders everything by id
        List<TermCount> ordered = new ArrayList<>(byTerm.values());
        if (n > 0) {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO related_terms(term, df) SELECT value, 1 FROM json_each(?) WHERE true
                    ON CONFLICT(term) DO UPDATE SET df = df + 1
                    RETURNING id, term""")) {
                ps.setString(1, jsonStrings(byTerm.keySet()));
                Map<String, Integer> index = new HashMap<>(n * 2);
                for (int i = 0; i < n; i++) {
                    index.put(ordered.get(i).term(), i);
                }
                int found = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Integer i = index.get(rs.getString(2));
                        if (i != null) {
                            packedIds[found++] = (rs.getLong(1) << 32) | i;
                        }
                    }
                }
                if (found != n) {
                    throw new SQLException("related index: " + found + " of " + n + " terms stored");
                }
            }
        }
        Arrays.sort(packedIds);
        int[] ids = new int[n];
        int[] counts = new int[n];
        byte[] flags = new byte[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            TermCount t = ordered.get((int) packedIds[k]);
            ids[k] = (int) (packedIds[k] >>> 32);
            counts[k] = t.count();
            flags[k] = (byte) t.flags();
            length += t.count();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO related_vectors(article_id, length, terms) VALUES (?, ?, ?)")) {
            ps.setLong(1, articleId);
            ps.setInt(2, length);
            ps.setBytes(3, TermVector.pack(ids, counts, flags));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO related_postings(term_id, article_id) VALUES (?, ?)")) {
            for (int k = 0; k < n; k++) {
                if ((flags[k] & TermCount.POSTED) != 0) {
                    ps.setInt(1, ids[k]);
                    ps.setLong(2, articleId);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        updateTotals(c, 1, length);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM related_pending WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    /** Removes the vector of {@code articleId}, if any, and its share of the totals. */
    static void remove(Connection c, long articleId) throws SQLException {
        Optional<TermVector> stored = vector(c, articleId);
        if (stored.isEmpty()) {
            return;
        }
        TermVector v = stored.get();
        List<Integer> all = new ArrayList<>(v.size());
        List<Integer> posted = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            all.add(v.termIds()[i]);
            if ((v.flags()[i] & TermCount.POSTED) != 0) {
                posted.add(v.termIds()[i]);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE related_terms SET df = df - 1 WHERE id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, all.toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM related_postings"
                + " WHERE article_id = ? AND term_id IN (SELECT value FROM json_each(?))")) {
            ps.setLong(1, articleId);
            ps.setString(2, posted.toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM related_vectors WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
        updateTotals(c, -1, -v.length());
    }

    /** Queues an article for indexing by the next related-stories lookup. */
    static void markPending(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO related_pending(article_id) VALUES (?)")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    private static void updateTotals(Connection c, int docs, long length) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE related_stats SET docs = docs + ?, length = length + ? WHERE id = 1")) {
            ps.setInt(1, docs);
            ps.setLong(2, length);
            ps.executeUpdate();
        }
    }

    static Optional<TermVector> vector(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT length, terms FROM related_vectors WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(TermVector.unpack(articleId, rs.getInt(1), rs.getBytes(2)))
                        : Optional.empty();
            }
        }
    }

    static List<TermVector> vectors(Connection c, Collection<Long> articleIds) throws SQLException {
        List<TermVector> vectors = new ArrayList<>(articleIds.size());
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, length, terms FROM related_vectors"
                + " WHERE article_id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, articleIds.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    vectors.add(TermVector.unpack(rs.getLong(1), rs.getInt(2), rs.getBytes(3)));
                }
            }
        }
        return vectors;
    }

    static TermStats stats(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT docs, length, (SELECT coalesce(max(id), 0) FROM related_terms)"
                        + " FROM related_stats WHERE id = 1")) {
            return rs.next() ? new TermStats(rs.getInt(1), rs.getLong(2), rs.getInt(3)) : new TermStats(0, 0, 0);
        }
    }

    /** Document frequencies indexed by term id, for ids up to the current largest. */
    static int[] documentFrequencies(Connection c) throws SQLException {
        int max = stats(c).maxTermId();
        int[] df = new int[max + 1];
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, df FROM related_terms")) {
            while (rs.next()) {
                int id = rs.getInt(1);
                if (id <= max) {
                    df[id] = rs.getInt(2);
                }
            }
        }
        return df;
    }

    static Map<String, Integer> documentFrequencies(Connection c, Collection<String> terms) throws SQLException {
        Map<String, Integer> df = new HashMap<>(terms.size() * 2);
        if (terms.isEmpty()) {
            return df;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT t.term, t.df FROM json_each(?) j"
                + " JOIN related_terms t ON t.term = j.value")) {
            ps.setString(1, jsonStrings(terms));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    df.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return df;
    }

    static Map<Integer, String> termNames(Connection c, Collection<Integer> ids) throws SQLException {
        Map<Integer, String> names = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, term FROM related_terms WHERE id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, ids.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return names;
    }

    /** Articles that posted {@code termId}, newest first, at most {@code limit}. */
    static long[] postings(Connection c, int termId, int limit) throws SQLException {
        long[] ids = new long[16];
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM related_postings"
                + " WHERE term_id = ? ORDER BY article_id DESC LIMIT ?")) {
            ps.setInt(1, termId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = rs.getLong(1);
                }
            }
        }
        return Arrays.copyOf(ids, n);
    }

    static List<Long> pending(Connection c, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT article_id FROM related_pending ORDER BY article_id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** A JSON array of strings, for {@code json_each}. */
    static String jsonStrings(Collection<String> values) {
        StringBuilder json = new StringBuilder(values.size() * 10).append('[');
        for (String v : values) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"');
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                switch (ch) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    default -> {
                        if (ch < 0x20) {
                            json.append(String.format("\\u%04x", (int) ch));
                        } else {
                            json.append(ch);
                        }
                    }
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }
}
