package dev.lede.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The postings of related-stories terms (which articles posted a term), packed: each row of
 * {@code related_posting_blocks} holds up to {@value #BLOCK} article ids of one term in
 * ascending order, keyed by the term and the block's first id, the rest as varint gaps. A
 * row per posting took 12-13 bytes; a posting in a block takes 1-3. Saving appends to the
 * term's newest block, so a block is rewritten at most {@value #BLOCK} times.
 */
final class PostingBlocks {
    /** Ids a block takes before a new one is begun. */
    static final int BLOCK = 64;

    private static final String LAST_AT_OR_BELOW = "SELECT first, ids FROM related_posting_blocks"
            + " WHERE term = ? AND first <= ? ORDER BY first DESC LIMIT 1";
    private static final String LOWEST = "SELECT first, ids FROM related_posting_blocks"
            + " WHERE term = ? ORDER BY first LIMIT 1";
    private static final String INSERT = "INSERT INTO related_posting_blocks(term, first, ids) VALUES (?, ?, ?)";
    private static final String UPDATE = "UPDATE related_posting_blocks SET ids = ? WHERE term = ? AND first = ?";
    private static final String DELETE = "DELETE FROM related_posting_blocks WHERE term = ? AND first = ?";

    private PostingBlocks() {
    }

    /** Posts {@code term} for article {@code id}; nothing when it is posted already. */
    static void add(StatementCache sql, int term, long id) throws SQLException {
        long[] block = find(sql.get(LAST_AT_OR_BELOW), term, id);
        if (block == null) { // below every block, or the term's first posting
            block = find(sql.get(LOWEST), term, Long.MIN_VALUE);
            if (block == null || block.length >= BLOCK) {
                write(sql.get(INSERT), term, new long[] {id});
            } else {
                delete(sql, term, block[0]);
                write(sql.get(INSERT), term, with(block, id));
            }
            return;
        }
        if (Arrays.binarySearch(block, id) >= 0) {
            return;
        }
        if (id > block[block.length - 1] && block.length >= BLOCK) {
            write(sql.get(INSERT), term, new long[] {id}); // the usual case once a block is full
            return;
        }
        long[] grown = with(block, id);
        if (grown.length > 2 * BLOCK) { // saved into an old range many times: split
            int half = grown.length / 2;
            update(sql, term, Arrays.copyOf(grown, half));
            write(sql.get(INSERT), term, Arrays.copyOfRange(grown, half, grown.length));
        } else {
            update(sql, term, grown);
        }
    }

    /** Takes article {@code id} off the postings of {@code term}. */
    static void remove(StatementCache sql, int term, long id) throws SQLException {
        long[] block = find(sql.get(LAST_AT_OR_BELOW), term, id);
        if (block == null) {
            return;
        }
        int at = Arrays.binarySearch(block, id);
        if (at < 0) {
            return;
        }
        long[] rest = new long[block.length - 1];
        System.arraycopy(block, 0, rest, 0, at);
        System.arraycopy(block, at + 1, rest, at, rest.length - at);
        if (at == 0) { // the key changes (or the block goes)
            delete(sql, term, block[0]);
            if (rest.length > 0) {
                write(sql.get(INSERT), term, rest);
            }
        } else {
            update(sql, term, rest);
        }
    }

    /** The newest {@code limit} articles under {@code below} that posted {@code term}, newest first. */
    static long[] newest(Connection c, int term, int limit, long below) throws SQLException {
        try (StatementCache sql = new StatementCache(c)) {
            return newest(sql, term, limit, below);
        }
    }

    /** As {@link #newest(Connection, int, int, long)}, its statement kept in {@code sql}: a story search asks it for its common terms. */
    static long[] newest(StatementCache sql, int term, int limit, long below) throws SQLException {
        Newest newest = new Newest(limit, below);
        if (limit > 0) {
            PreparedStatement ps = sql.get("SELECT first, ids FROM related_posting_blocks"
                    + " WHERE term = ? AND first < ? ORDER BY first DESC");
            ps.setInt(1, term);
            ps.setLong(2, below);
            try (ResultSet rs = ps.executeQuery()) {
                while (!newest.full() && rs.next()) {
                    newest.add(decode(rs.getLong(1), rs.getBytes(2)));
                }
            }
        }
        return newest.ids();
    }

    /**
     * As {@link #newest(StatementCache, int, int, long)} for each of {@code terms}, in one
     * statement: a story search asks for 20 terms, most of them rare (a few blocks each), and
     * running a statement cost more than reading its rows. Every block of each term is read,
     * so give it terms of a few blocks. Each term asked has an entry, empty when nothing was found.
     */
    static Map<Integer, long[]> newest(StatementCache sql, int[] terms, int limit, long below) throws SQLException {
        Map<Integer, List<long[]>> blocks = new HashMap<>();
        for (int term : terms) {
            blocks.put(term, new ArrayList<>());
        }
        PreparedStatement ps = sql.get("SELECT term, first, ids FROM related_posting_blocks"
                + " WHERE term IN (SELECT value FROM json_each(?)) AND first < ?");
        ps.setString(1, Arrays.toString(terms));
        ps.setLong(2, below);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                blocks.get(rs.getInt(1)).add(decode(rs.getLong(2), rs.getBytes(3)));
            }
        }
        Map<Integer, long[]> newest = new HashMap<>();
        blocks.forEach((term, list) -> {
            list.sort((a, b) -> Long.compare(b[0], a[0])); // newest block first
            Newest ids = new Newest(limit, below);
            list.forEach(ids::add);
            newest.put(term, ids.ids());
        });
        return newest;
    }

    /** The newest ids under a bound, gathered from a term's blocks given newest block first. */
    private static final class Newest {
        private final int limit;
        private final long below;
        private long[] ids;
        private int n;

        Newest(int limit, long below) {
            this.limit = limit;
            this.below = below;
            ids = new long[Math.max(0, Math.min(limit, 1024))];
        }

        boolean full() {
            return n >= limit;
        }

        /** Takes the ids of {@code block} (ascending) under the bound, newest first, until full. */
        void add(long[] block) {
            for (int i = block.length - 1; i >= 0 && n < limit; i--) {
                if (block[i] < below) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = block[i];
                }
            }
        }

        long[] ids() {
            return Arrays.copyOf(ids, n);
        }
    }

    /**
     * Converts a library's posting rows (the table {@code related_postings}, one row a
     * posting) into blocks; for the migration.
     */
    static void packRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT term, article_id FROM related_postings ORDER BY term, article_id");
             PreparedStatement insert = c.prepareStatement(INSERT)) {
            long[] ids = new long[BLOCK];
            int n = 0;
            int term = 0;
            int batched = 0;
            while (rs.next()) {
                int t = rs.getInt(1);
                if (n > 0 && (t != term || n == BLOCK)) {
                    batch(insert, term, Arrays.copyOf(ids, n));
                    n = 0;
                    if (++batched % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                term = t;
                ids[n++] = rs.getLong(2);
            }
            if (n > 0) {
                batch(insert, term, Arrays.copyOf(ids, n));
            }
            insert.executeBatch();
        }
    }

    private static void batch(PreparedStatement insert, int term, long[] ids) throws SQLException {
        insert.setInt(1, term);
        insert.setLong(2, ids[0]);
        insert.setBytes(3, encode(ids));
        insert.addBatch();
    }

    /** The ids of the block {@code ps} finds (its first id first), or null. */
    private static long[] find(PreparedStatement ps, int term, long id) throws SQLException {
        ps.setInt(1, term);
        if (id != Long.MIN_VALUE) {
            ps.setLong(2, id);
        }
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? decode(rs.getLong(1), rs.getBytes(2)) : null;
        }
    }

    private static void write(PreparedStatement insert, int term, long[] ids) throws SQLException {
        insert.setInt(1, term);
        insert.setLong(2, ids[0]);
        insert.setBytes(3, encode(ids));
        insert.executeUpdate();
    }

    private static void update(StatementCache sql, int term, long[] ids) throws SQLException {
        PreparedStatement ps = sql.get(UPDATE);
        ps.setBytes(1, encode(ids));
        ps.setInt(2, term);
        ps.setLong(3, ids[0]);
        ps.executeUpdate();
    }

    private static void delete(StatementCache sql, int term, long first) throws SQLException {
        PreparedStatement ps = sql.get(DELETE);
        ps.setInt(1, term);
        ps.setLong(2, first);
        ps.executeUpdate();
    }

    /** {@code ids} (ascending) with {@code id} in its place. */
    private static long[] with(long[] ids, long id) {
        int at = -Arrays.binarySearch(ids, id) - 1;
        long[] out = new long[ids.length + 1];
        System.arraycopy(ids, 0, out, 0, at);
        out[at] = id;
        System.arraycopy(ids, at, out, at + 1, ids.length - at);
        return out;
    }

    /** The gaps after the first id (which is the row's key), as varints. */
    static byte[] encode(long[] ids) {
        byte[] out = new byte[(ids.length - 1) * 10];
        int n = 0;
        for (int i = 1; i < ids.length; i++) {
            long gap = ids[i] - ids[i - 1];
            while ((gap & ~0x7FL) != 0) {
                out[n++] = (byte) ((gap & 0x7F) | 0x80);
                gap >>>= 7;
            }
            out[n++] = (byte) gap;
        }
        return Arrays.copyOf(out, n);
    }

    static long[] decode(long first, byte[] gaps) {
        long[] ids = new long[1 + (gaps == null ? 0 : gaps.length)];
        ids[0] = first;
        int n = 1;
        long value = 0;
        int shift = 0;
        for (int i = 0; gaps != null && i < gaps.length; i++) {
            value |= (long) (gaps[i] & 0x7F) << shift;
            if ((gaps[i] & 0x80) == 0) {
                ids[n] = ids[n - 1] + value;
                n++;
                value = 0;
                shift = 0;
            } else if ((shift += 7) > 63) {
                throw new StoreException("the related-stories postings are damaged (bad gap)");
            }
        }
        if (shift != 0) {
            throw new StoreException("the related-stories postings are damaged (cut short)");
        }
        return Arrays.copyOf(ids, n);
    }
}
