package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Postings in blocks against a plain sorted set of the same postings, through real SQLite. */
class PostingBlocksTest {
    @TempDir
    Path dir;
    private Connection c;
    private StatementCache sql;

    @BeforeEach
    void open() throws Exception {
        c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("p.db"));
        c.createStatement().execute("""
                CREATE TABLE related_posting_blocks (
                    term INTEGER NOT NULL, first INTEGER NOT NULL, ids BLOB NOT NULL,
                    PRIMARY KEY (term, first)) WITHOUT ROWID""");
        sql = new StatementCache(c);
    }

    @AfterEach
    void close() throws Exception {
        sql.close();
        c.close();
    }

    private static long[] expected(TreeSet<Long> ids, int limit, long below) {
        return ids.headSet(below, false).descendingSet().stream().limit(limit).mapToLong(Long::longValue).toArray();
    }

    @Test
    void manyTermsReadAtOnceGiveEachTermsNewestAsReadingItAlone() throws Exception {
        Random r = new Random(9);
        int[] terms = {Integer.MIN_VALUE, -7, 0, 42, 43, Integer.MAX_VALUE};
        java.util.Map<Integer, TreeSet<Long>> model = new java.util.HashMap<>();
        for (int term : terms) {
            model.put(term, new TreeSet<>());
        }
        for (long id = 1; id <= 900; id++) {
            for (int t = 0; t < terms.length; t++) {
                if (r.nextInt(t + 1) == 0) {
                    PostingBlocks.add(sql, terms[t], id);
                    model.get(terms[t]).add(id);
                }
            }
        }
        for (long id = 3; id <= 300; id += 7) {
            PostingBlocks.remove(sql, terms[1], id); // blocks no longer full
            model.get(terms[1]).remove(id);
        }
        model.put(12345, new TreeSet<>());
        int[] asked = {Integer.MIN_VALUE, -7, 42, Integer.MAX_VALUE, 12345}; // 12345: no postings
        // 450 and 2 fall inside blocks (ids under and over the bound in one block).
        for (long below : new long[] {Long.MAX_VALUE, 901, 450, 2}) {
            for (int limit : new int[] {1, 100, 700, 1000}) {
                java.util.Map<Integer, long[]> read = PostingBlocks.newest(sql, asked, limit, below);
                assertEquals(5, read.size(), "every term asked has an entry");
                for (int term : asked) {
                    String what = "term " + term + ", limit " + limit + ", below " + below;
                    assertArrayEquals(expected(model.get(term), limit, below), read.get(term), what);
                    assertArrayEquals(read.get(term), PostingBlocks.newest(sql, term, limit, below), what);
                }
            }
        }
        assertEquals(0, PostingBlocks.newest(sql, asked, 10, Long.MAX_VALUE).get(12345).length);
        assertEquals(0, PostingBlocks.newest(sql, new int[0], 10, Long.MAX_VALUE).size());
    }

    @Test
    void addsAndRemovesInAnyOrderAndReadsNewestFirst() throws Exception {
        Random r = new Random(4);
        int[] terms = {Integer.MIN_VALUE, -7, 0, 42, Integer.MAX_VALUE};
        List<TreeSet<Long>> model = new ArrayList<>();
        for (int t = 0; t < terms.length; t++) {
            model.add(new TreeSet<>());
        }
        for (long id = 1; id <= 700; id++) { // saving: ascending ids, most terms skipped
            for (int t = 0; t < terms.length; t++) {
                if (r.nextInt(t + 1) == 0) {
                    PostingBlocks.add(sql, terms[t], id);
                    model.get(t).add(id);
                }
            }
        }
        for (int i = 0; i < 3000; i++) { // undo, re-indexing and deletes: anywhere
            int t = r.nextInt(terms.length);
            long id = 1 + r.nextInt(900);
            if (r.nextBoolean()) {
                PostingBlocks.add(sql, terms[t], id);
                model.get(t).add(id);
            } else {
                PostingBlocks.remove(sql, terms[t], id);
                model.get(t).remove(id);
            }
        }
        for (int t = 0; t < terms.length; t++) {
            for (int limit : new int[] {0, 1, 40, 100, 5000}) {
                for (long below : new long[] {Long.MAX_VALUE, 901, 500, 65, 2, 1}) {
                    assertArrayEquals(expected(model.get(t), limit, below),
                            PostingBlocks.newest(c, terms[t], limit, below), "term " + terms[t] + " " + limit + " " + below);
                }
            }
        }
        assertEquals(0, PostingBlocks.newest(c, 99, 10, Long.MAX_VALUE).length);
    }

    @Test
    void addingTwiceKeepsOnePostingAndRemovingAnAbsentOneDoesNothing() throws Exception {
        PostingBlocks.add(sql, 5, 10);
        PostingBlocks.add(sql, 5, 10);
        PostingBlocks.remove(sql, 5, 11);
        PostingBlocks.remove(sql, 6, 10);
        assertArrayEquals(new long[] {10}, PostingBlocks.newest(c, 5, 10, Long.MAX_VALUE));
    }

    @Test
    void blocksHoldGapsOfAnySize() {
        long[] ids = {3, 4, 200, 70_000, 1L << 40};
        assertArrayEquals(ids, PostingBlocks.decode(3, PostingBlocks.encode(ids)));
        assertArrayEquals(new long[] {9}, PostingBlocks.decode(9, PostingBlocks.encode(new long[] {9})));
        assertThrows(StoreException.class, () -> PostingBlocks.decode(1, new byte[] {(byte) 0x80}));
    }
}
