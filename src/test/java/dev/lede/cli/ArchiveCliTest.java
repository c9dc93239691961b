package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCliTest {
    @TempDir
    Path dir;

    @Test
    void archiveAndUnarchiveAreTheReadersEKeyAndIsArchivedFindsThem() throws Exception {
        Path db = dir.resolve("lede.db");
        Files.writeString(dir.resolve("ferry.html"), CliTest.FERRY_PAGE);
        Files.writeString(dir.resolve("bikes.txt"), CliTest.BIKE_TEXT);
        lede(db, "import", dir.resolve("ferry.html").toString());
        lede(db, "import", dir.resolve("bikes.txt").toString());
        CliRun archive = lede(db, "archive", "1");
        assertEquals("#1 archived\n", archive.out());
        assertTrue(lede(db, "list", "is:archived").out().contains("ferry fares"));
        String rest = lede(db, "list", "--", "-is:archived").out();
        assertFalse(rest.contains("ferry fares"), rest);
        assertTrue(rest.contains("Bike Lanes"), rest);
        assertEquals("#1 no longer archived\n", lede(db, "unarchive", "1").out());
        assertEquals("", lede(db, "list", "is:archived").out());
    }
}
