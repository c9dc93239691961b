package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpeningTest {
    @TempDir
    Path dir;

    @Test
    void newLibraryIsCreatedWithItsFolderAtTheLatestVersion() {
        Path file = dir.resolve("nested/deeper/lede.db");
        try (Store store = Store.open(file)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void everyEarlierVersionMigratesToTheLatest() {
        for (int version = 0; version < Migrations.latest(); version++) {
            Path file = dir.resolve("v" + version + ".db");
            try (Store old = Store.open(file, version)) {
                assertEquals(version, old.schemaVersion());
            }
            try (Store store = Store.open(file)) {
                assertEquals(Migrations.latest(), store.schemaVersion());
            }
        }
    }

    @Test
    void reopeningKeepsTheData() {
        Path file = dir.resolve("lede.db");
        long id;
        try (Store store = Store.open(file)) {
            id = store.insert(StoreTest.article("https://e.com/a", "Kept", "body", 1), "https://e.com/a", null, "e.com");
        }
        try (Store store = Store.open(file)) {
            assertEquals("Kept", store.get(id).orElseThrow().title());
        }
    }

    @Test
    void fileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.txt");
        byte[] content = "my precious notes\n".getBytes();
        Files.write(file, content);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
        assertTrue(e.getMessage().contains("not a Lede library"), e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void libraryFromANewerLedeIsRefusedAndLeftUntouched() throws Exception {
        Path file = newLibrary("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
        assertTrue(e.getMessage().contains("newer Lede"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    /** A library made by this build (at the latest version), closed. */
    private Path newLibrary(String name) {
        Path file = dir.resolve(name);
        try (Store store = Store.open(file)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
        }
        return file;
    }

    @Test
    void theVersionReadFromTheHeaderIsTheLibrarysOwn() throws Exception {
        Path file = newLibrary("header.db");
        assertEquals(Migrations.latest(), LibraryFile.headerVersion(file));
        assertEquals(0, LibraryFile.headerVersion(dir.resolve("absent.db")));
    }

    @Test
    void aNewerVersionStillInAnotherProcesssLogIsRefusedToo() throws Exception {
        // The header a file check reads says this build's version; the newer one is in the WAL.
        Path file = newLibrary("future-wal.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("PRAGMA user_version = 999");
            assertEquals(Migrations.latest(), LibraryFile.headerVersion(file));
            StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
            assertTrue(e.getMessage().contains("newer Lede"), e.getMessage());
            e = assertThrows(StoreException.class, () -> Store.openReadOnly(file));
            assertTrue(e.getMessage().contains("newer Lede"), e.getMessage());
        }
    }

    @Test
    void aNegativeVersionIsNotALedeLibraryAndIsLeftUntouched() throws Exception {
        Path file = newLibrary("negative.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = -3");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
        assertEquals(file + " is an SQLite database but not a Lede library; pass another file with --db or LEDE_DB",
                e.getMessage());
        e = assertThrows(StoreException.class, () -> Store.openReadOnly(file));
        assertTrue(e.getMessage().contains("not a Lede library"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aReadOnlyStoreOfAnOlderLibraryUpgradesItOnceThenNeverWrites() {
        Path file = dir.resolve("old.db");
        try (Store old = Store.open(file, 1)) {
            assertEquals(1, old.schemaVersion());
        }
        try (Store store = Store.openReadOnly(file)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertTrue(store.isReadOnly());
            StoreException e = assertThrows(StoreException.class, () -> store.setRead(1, true));
            assertTrue(e.getMessage().contains("reading only"), e.getMessage());
        }
    }

    @Test
    void otherProgramsSqliteDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (id INTEGER)");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
        assertTrue(e.getMessage().contains("not a Lede library"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void dataVersionTellsAReaderThatAnotherConnectionWrote() {
        Path file = dir.resolve("watched.db");
        try (Store reader = Store.open(file); Store writer = Store.open(file)) {
            long before = reader.dataVersion();
            assertEquals(before, reader.dataVersion());
            writer.insert(StoreTest.article("https://e.com/n", "New", "body", 1), "https://e.com/n", null, "e.com");
            assertTrue(reader.dataVersion() != before);
        }
    }

    @Test
    void twoConnectionsWritingAtOnceBothSucceed() throws Exception {
        Path file = dir.resolve("shared.db");
        int perWriter = 200;
        try (Store a = Store.open(file); Store b = Store.open(file)) {
            Thread[] writers = new Thread[2];
            Throwable[] failure = new Throwable[1];
            Store[] stores = {a, b};
            for (int w = 0; w < 2; w++) {
                int writer = w;
                writers[w] = new Thread(() -> {
                    try {
                        for (int i = 0; i < perWriter; i++) {
                            String url = "https://e.com/" + writer + "/" + i;
                            long id = stores[writer].insert(StoreTest.article(url, "T" + i, "body " + i, i), url, null, "e.com");
                            stores[writer].setRead(id, true);
                            stores[writer].addTags(id, java.util.List.of("w" + writer));
                        }
                    } catch (Throwable t) {
                        failure[0] = t;
                    }
                });
                writers[w].start();
            }
            for (Thread t : writers) {
                t.join();
            }
            if (failure[0] != null) {
                throw new AssertionError("a writer failed", failure[0]);
            }
            assertEquals(2 * perWriter, a.count(dev.lede.model.Query.ALL));
            assertEquals(2 * perWriter, b.stats().articles());
        }
    }
}
