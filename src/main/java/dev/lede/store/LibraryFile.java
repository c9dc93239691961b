package dev.lede.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;

/**
 * Checks on a library file before SQLite opens it: that it is a Lede library this build can
 * read, and which file or folder stands in the way of reading or writing it. SQLite's own
 * errors name neither.
 */
final class LibraryFile {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private LibraryFile() {
    }

    /** Refuses a folder, an unreadable file and a file that is not an SQLite database; an absent or empty file passes. */
    static void checkIsSqliteOrAbsent(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a library file; pass a file path with --db");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                return; // an empty file becomes a new library
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new StoreException(file + " is not a Lede library (not an SQLite database);"
                        + " pass another file with --db or LEDE_DB");
            }
        } catch (AccessDeniedException e) {
            throw new StoreException("cannot read " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** True when there is no file yet, or an empty one: a new library is made there. */
    static boolean isAbsentOrEmpty(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return false; // the open that follows says what is wrong
        }
    }

    /**
     * The schema version of an existing file, refusing without writing to it a file that a
     * newer Lede or another program wrote (a negative version is not one Lede ever writes).
     */
    static int checkReadableVersion(Path file) {
        // The usual case, the version this build writes, read from the file's header: no
        // connection of its own (the first connection of a process costs ~5 ms). The header
        // may lag a newer version still in another process's WAL, so the open connection
        // checks again (LibraryFile.checkNotNewer).
        if (headerVersion(file) == Migrations.latest()) {
            return Migrations.latest();
        }
        try (Connection c = Store.connect("jdbc:sqlite:" + file + "?open_mode=1")) {
            int version;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version < 0) {
                throw notALibrary(file);
            }
            checkNotNewer(file, version);
            if (version == 0) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery(
                             "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        throw notALibrary(file);
                    }
                }
            }
            return version;
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + Store.reason(e), e);
        }
    }

    /** SQLite's "user version" in the database header (4 bytes, big-endian, at offset 60); 0 when unreadable. */
    static int headerVersion(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            if (head.length < 64 || !Arrays.equals(head, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
                return 0;
            }
            return java.nio.ByteBuffer.wrap(head, 60, 4).getInt();
        } catch (IOException e) {
            return 0; // the full check says what is wrong
        }
    }

    /** Refuses a file that a newer Lede wrote: {@code version} is what the open connection reads. */
    static void checkNotNewer(Path file, int version) {
        if (version > Migrations.latest()) {
            throw newer(file, version);
        }
    }

    private static StoreException newer(Path file, int version) {
        return new StoreException(file + " was written by a newer Lede (library version "
                + version + ", this build reads up to " + Migrations.latest()
                + "); upgrade Lede to open it");
    }

    private static StoreException notALibrary(Path file) {
        return new StoreException(file + " is an SQLite database but not a Lede library;"
                + " pass another file with --db or LEDE_DB");
    }

    /**
     * Before a writing open: names the file or folder that cannot be written, instead of
     * SQLite's "attempt to write a readonly database". SQLite writes the library, its
     * {@code -wal} and {@code -shm} files beside it, and creates those in the folder.
     */
    static void checkWritable(Path file) {
        for (Path f : new Path[] {file, sidecar(file, "-wal"), sidecar(file, "-shm")}) {
            if (Files.exists(f) && isReadOnly(f)) {
                throw new StoreException(f + " is read-only (" + mode(f) + "); make it writable"
                        + " (chmod u+w) to change the library; commands that only read it still work");
            }
        }
        Path folder = file.getParent();
        if (folder != null && Files.isDirectory(folder) && isReadOnly(folder) && !Files.exists(sidecar(file, "-wal"))) {
            throw new StoreException("the folder " + folder + " is read-only (" + mode(folder)
                    + "), and writing the library creates " + sidecar(file, "-wal").getFileName()
                    + " there; make the folder writable or pass another --db");
        }
    }

    /**
     * True when this process may not write {@code f}, or when it may (as root) but nobody is
     * meant to: no write permission bit is set. A library made read-only is opened read-only.
     */
    static boolean isReadOnly(Path f) {
        if (!Files.isWritable(f)) {
            return true;
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(f);
            return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                    && !p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    static Path sidecar(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static String mode(Path f) {
        try {
            return "mode " + PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
        } catch (IOException | UnsupportedOperationException e) {
            return "not writable";
        }
    }
}
