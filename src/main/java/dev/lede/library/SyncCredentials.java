package dev.lede.library;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * The sync account's password and session, in a file of their own beside the library
 * ({@code lede.db.sync}) that only its owner may read or write (mode 0600, made so before
 * anything is written into it). They are kept out of the library file, which people copy,
 * back up and export; nothing in Lede prints them.
 */
final class SyncCredentials {
    private final Path file;

    SyncCredentials(Path libraryFile) {
        this.file = libraryFile.resolveSibling(libraryFile.getFileName() + ".sync");
    }

    Path file() {
        return file;
    }

    /** The stored password and session; an empty password when there is no file. */
    Secret read() {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (java.nio.file.NoSuchFileException e) {
            return new Secret("", null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sync password file " + file + ": " + e.getMessage());
        }
        String session = p.getProperty("session");
        return new Secret(p.getProperty("password", ""), session == null || session.isEmpty() ? null : session);
    }

    /** Replaces the file, owner-only from the start, atomically where the file system allows. */
    void write(Secret secret) {
        Properties p = new Properties();
        p.setProperty("password", secret.password());
        if (secret.session() != null) {
            p.setProperty("session", secret.session());
        }
        StringWriter text = new StringWriter();
        try {
            p.store(text, "Lede sync account: keep private");
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(tmp);
                tmp.toFile().setReadable(false, false);
                tmp.toFile().setReadable(true, true);
                tmp.toFile().setWritable(false, false);
                tmp.toFile().setWritable(true, true);
            }
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(text.toString());
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the sync password file " + file + ": " + e.getMessage());
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete the sync password file " + file + ": " + e.getMessage());
        }
    }

    /** A password and a session; {@link #toString} never shows them. */
    record Secret(String password, String session) {
        @Override
        public String toString() {
            return "Secret[hidden]";
        }
    }
}
