package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not plain files, too large, or in folders that cannot be read never stop an import. */
class ImportUnusualFilesTest {
    @TempDir
    Path dir;
    Path db;
    Path pages;

    @BeforeEach
    void pages() throws Exception {
        db = dir.resolve("lede.db");
        pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("ferry.html"), CliTest.FERRY_PAGE);
    }

    @Test
    @Timeout(30) // a hang guard: reading the pipe blocked forever before
    void aPipeIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("story.html");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed");
        CliRun run = lede(db, "import", fifo.toString(), pages.resolve("ferry.html").toString());
        assertEquals(1, run.code());
        assertEquals(fifo + ": failed: not a regular file (a device, pipe or socket); Lede imports files only",
                run.err().strip());
        assertTrue(run.out().contains("imported 1, already saved 0, skipped 0, failed 1"), run.out());
    }

    @Test
    @Timeout(30) // a hang guard: this read /dev/zero until the heap ran out
    void aLinkToADeviceIsRefusedAndALinkToAPageIsImported() throws Exception {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.html"), Path.of("/dev/zero"));
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), pages.resolve("ferry.html"));
        CliRun run = lede(db, "import", zero.toString(), link.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("zero.html: failed: not a regular file"), run.err());
        assertTrue(run.out().contains("link.html: saved as #1"), run.out());
    }

    @Test
    void aFileOverTwentyMegabytesIsRefused() throws Exception {
        Path big = pages.resolve("big.html");
        Files.write(big, ("<p>" + "x".repeat(1000) + "</p>\n").repeat(21 * 1024).getBytes());
        CliRun run = lede(db, "import", pages.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("big.html: failed: file larger than 20 MB"), run.err());
        assertTrue(run.out().contains("ferry.html: saved as #1"), run.out());
    }

    @Test
    void anUnreadableSubFolderIsReportedAndTheRestIsImported() throws Exception {
        Path secret = Files.createDirectories(pages.resolve("secret"));
        Files.writeString(secret.resolve("hidden.html"), CliTest.FERRY_PAGE);
        Files.writeString(pages.resolve("zz.txt"), CliTest.BIKE_TEXT);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            CliRun run = WithoutRootOverride.lede(db, dir, "import", pages.toString());
            assertEquals(1, run.code(), run.err());
            assertEquals(secret + ": failed: cannot read this folder: permission denied", run.err().strip());
            assertTrue(run.out().contains("imported 2, already saved 0, skipped 0, failed 1"), run.out());
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
