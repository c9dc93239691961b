package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Commands that only read a library never create, lock or write it. */
class ReadOnlyLibraryTest {
    private static final List<List<String>> READING = List.of(List.of("list"), List.of("list", "ferry"),
            List.of("show", "1"), List.of("stats"), List.of("tags"), List.of("related", "1"), List.of("export"),
            List.of("stories", "--all"), List.of("stories", "-tag:x"), List.of("feed", "list"), List.of("feed", "export"));

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void library() throws Exception {
        db = dir.resolve("lib/lede.db");
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/ferry.html"), CliTest.FERRY_PAGE);
        Files.writeString(dir.resolve("pages/bikes.txt"), CliTest.BIKE_TEXT);
    }

    private static CliRun run(Path db, List<String> args) {
        return lede(db, args.toArray(String[]::new));
    }

    @Test
    void readingCommandsOnAMissingLibrarySayItIsNotThereAndCreateNothing() {
        Path missing = dir.resolve("typo/lede.db");
        for (List<String> command : READING) {
            CliRun run = run(missing, command);
            assertEquals(1, run.code(), command + ": " + run.err());
            assertTrue(run.err().startsWith("lede: no library at " + missing), command + ": " + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
        assertFalse(Files.exists(missing.getParent()));
    }

    @Test
    void writingCommandsStillCreateTheLibrary() {
        CliRun run = lede(db, "import", dir.resolve("pages").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(db));
        Path other = dir.resolve("other/lede.db");
        assertEquals(1, lede(other, "rm", "1").code());
        assertTrue(Files.exists(other));
    }

    @Test
    @Timeout(9) // a hang guard: each of these waited 10 s (busy_timeout) behind the writer before
    void readingCommandsDoNotWaitBehindAnotherProcessWriting() throws Exception {
        assertEquals(0, lede(db, "import", dir.resolve("pages").toString()).code());
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = writer.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE articles SET read = 1");
            for (List<String> command : READING) {
                CliRun run = run(db, command);
                assertEquals(0, run.code(), command + ": " + run.err());
            }
            String related = lede(db, "related", "1", "--json").out();
            assertTrue(related.startsWith("{\"id\": 1, \"related\": [{\"id\": 2"), related);
            s.execute("COMMIT");
        }
    }

    @Test
    void aReadOnlyLibraryIsReadWithoutLeavingFilesBesideItAndWritesNameTheFile() throws Exception {
        assertEquals(0, lede(db, "import", dir.resolve("pages").toString()).code());
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(db);
        for (List<String> command : READING) {
            CliRun run = run(db, command);
            assertEquals(0, run.code(), command + ": " + run.err());
        }
        assertTrue(lede(db, "list").out().contains("Harbour ferry fares to rise"));
        try (var files = Files.list(db.getParent())) {
            assertEquals(List.of("lede.db"), files.map(f -> f.getFileName().toString()).toList());
        }
        CliRun tag = lede(db, "tag", "1", "ferries");
        assertEquals(1, tag.code());
        assertEquals("lede: " + db + " is read-only (mode r--r--r--); make it writable (chmod u+w) to change"
                + " the library; commands that only read it still work", tag.err().strip());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void anUnreadableLibrarySaysPermissionDenied() throws Exception {
        assertEquals(0, lede(db, "import", dir.resolve("pages").toString()).code());
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("---------"));
        CliRun run = WithoutRootOverride.lede(db, dir, "list");
        assertEquals(1, run.code());
        assertEquals("lede: cannot read " + db + ": permission denied", run.err().strip());
    }
}
