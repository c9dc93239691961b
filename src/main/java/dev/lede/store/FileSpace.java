package dev.lede.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How a library file holds its pages. A new file gets incremental vacuum (SQLite keeps the
 * map it needs to move pages, so freed ones can be given back without a VACUUM of the whole
 * file) and its page size, both of which SQLite only sets before the first table is made and
 * before WAL mode. A writing store gives free pages back when it closes and there are more
 * than a few: the full-text index merges its segments as a library grows and frees the old
 * ones, which after an import of a few hundred articles was 15-30% of the file. Moving a
 * free page costs about what writing it did, so this is cheap next to what freed them.
 */
final class FileSpace {
    /** Bytes a page: 4096, SQLite's default, wastes the least on small libraries of short articles. */
    static final int PAGE_SIZE = 4096;
    /** Free pages are given back when there are at least this many: fewer are not worth a write. */
    private static final int FREE_MINIMUM = 16;

    private FileSpace() {
    }

    /** Prepares a new (absent or empty) library file: page size, incremental vacuum, WAL. */
    static void createNew(Path file) throws SQLException {
        try (Connection c = Store.connect("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size = " + PAGE_SIZE);
            s.execute("PRAGMA auto_vacuum = INCREMENTAL");
            s.execute("PRAGMA journal_mode = WAL"); // writes the header: the settings hold from here
        }
    }

    /**
     * Gives free pages back to the file system when there are many; a file made before
     * incremental vacuum (and not yet compacted) keeps them for later saves. Waits at most
     * {@code waitMillis} for another process's write: this is a courtesy, not a need.
     */
    static void releaseIfMany(Connection c, int waitMillis) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (pragma(s, "auto_vacuum") != 2) {
                return;
            }
            if (pragma(s, "freelist_count") < FREE_MINIMUM) {
                return;
            }
            s.execute("PRAGMA busy_timeout = " + waitMillis);
            // executeUpdate runs it to the end; execute would free one page (one step)
            s.executeUpdate("PRAGMA incremental_vacuum");
        }
    }

    /** Libraries up to this size are rewritten whole after a bulk import (about a second at most). */
    static final long COMPACT_UP_TO = 64L << 20;

    /**
     * After a bulk import into a library of at most {@link #COMPACT_UP_TO}: merges the
     * full-text index into one segment and rewrites the file. An import leaves index, postings
     * and document-frequency pages 10-30% empty (their keys arrive in no order) and the index in
     * several segments (each search reads them all); rewritten, 770 real articles took 0.1x
     * of their text less. A larger library keeps the layout, and gives back its free pages.
     */
    static void compactAfterImport(Path file, int waitMillis) throws SQLException {
        // A connection of its own, opened after the store's is closed, and a statement for each
        // step: VACUUM refuses to run while any statement of its connection is still open (a
        // PRAGMA that answers a row stays open until the next use of its statement).
        try (Connection c = Store.connect("jdbc:sqlite:" + file + "?busy_timeout=" + waitMillis)) {
            long bytes;
            try (Statement s = c.createStatement()) {
                bytes = pragma(s, "page_count") * pragma(s, "page_size");
            }
            if (bytes > COMPACT_UP_TO) {
                releaseIfMany(c, waitMillis);
                return;
            }
            try {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')");
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("VACUUM");
                }
            } catch (SQLException e) {
                releaseIfMany(c, waitMillis); // busy elsewhere: at least the free pages
            }
        }
    }

    private static long pragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
