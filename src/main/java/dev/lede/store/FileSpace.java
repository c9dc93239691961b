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

    private static long pragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
