package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoveCommandTest {
    @TempDir
    Path dir;

    @Test
    void rmSaysItCannotBeUndoneAndHowToSaveTheArticleAgain() throws Exception {
        Path db = dir.resolve("lede.db");
        Path page = dir.resolve("ferry.html");
        Files.writeString(page, CliTest.FERRY_PAGE);
        assertEquals(0, lede(db, "import", page.toString()).code());
        CliRun rm = lede(db, "rm", "1");
        assertEquals(0, rm.code(), rm.err());
        assertEquals("#1 deleted: Harbour ferry fares to rise\n"
                + "    this cannot be undone; lede import " + page.toAbsolutePath()
                + " saves it again, as a new article\n", rm.out());
    }

    @Test
    void anArticleSavedAfterADeleteNeverGetsTheDeletedId() throws Exception {
        Path db = dir.resolve("lede.db");
        Path first = dir.resolve("ferry.html");
        Path second = dir.resolve("bikes.txt");
        Files.writeString(first, CliTest.FERRY_PAGE);
        Files.writeString(second, CliTest.BIKE_TEXT);
        assertEquals(0, lede(db, "import", first.toString()).code());
        assertEquals(0, lede(db, "rm", "1").code());
        CliRun again = lede(db, "import", second.toString());
        assertTrue(again.out().contains("saved as #2"), again.out());
        assertEquals(1, lede(db, "show", "1").code());
    }
}
