package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesCommandTest {
    @TempDir
    Path dir;
    Path db;

    /** Three reports of one flood among unrelated notes, imported as text files in name order. */
    @BeforeEach
    void importArticles() throws Exception {
        db = dir.resolve("lede.db");
        Path files = Files.createDirectories(dir.resolve("files"));
        for (int i = 0; i < 20; i++) {
            String own = "" + (char) ('a' + i);
            Files.writeString(files.resolve("a" + (char) ('a' + i) + ".txt"), "Note" + own + " of Town" + own
                    + "\n\nThe council" + own + " of Town" + own + " met. The budget" + own + " rose in Town" + own + ".\n");
        }
        Files.writeString(files.resolve("b1.txt"), "River Wendle floods Marbury\n\nThe River Wendle burst its"
                + " banks in Marbury on Monday. Mayor Ilsa Trent opened the Marbury sports hall to families.\n");
        Files.writeString(files.resolve("b2.txt"), "Marbury counts the cost of the Wendle flood\n\nShops in"
                + " Marbury cleared mud on Tuesday after the River Wendle flood. Ilsa Trent asked for help.\n");
        Files.writeString(files.resolve("b3.txt"), "Wendle flood: Trent seeks funds\n\nMayor Ilsa Trent asked"
                + " for funds for Marbury on Wednesday, two days after the River Wendle flooded the town.\n");
        CliRun run = CliRun.lede(db, "import", files.toString());
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void storiesPrintsTheStoryOfSeveralArticlesAsJsonLines() {
        CliRun run = CliRun.lede(db, "stories", "--json");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(1, lines.length, run.out());
        assertTrue(lines[0].startsWith("{\"story\": 21, \"title\": "), lines[0]);
        assertTrue(lines[0].contains("\"articles\": [21, 22, 23], \"first\": \""), lines[0]);
    }

    @Test
    void storiesAllListsEveryArticleOnce() {
        CliRun run = CliRun.lede(db, "stories", "--all", "--json", "-n", "0");
        assertEquals(21, run.out().strip().split("\n").length, run.out());
    }

    @Test
    void listJsonNamesEachArticlesStoryAndStoryFiltersTheList() {
        CliRun run = CliRun.lede(db, "list", "--json", "story:21");
        assertEquals(0, run.code(), run.err());
        assertEquals(3, run.out().split("\"story\": 21").length - 1, run.out());
        CliRun bad = CliRun.lede(db, "list", "story:x");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("story:12"), bad.err());
    }

    private static String withoutTitles(String out) {
        return out.replaceAll("\"title\": \"[^\"]*\", ", "");
    }

    @Test
    void rebuildDrawsTheSameStories() {
        String before = CliRun.lede(db, "stories", "--json").out();
        CliRun run = CliRun.lede(db, "stories", "--rebuild", "--json");
        // The same articles; the title may move to another article as term weights change.
        assertEquals(withoutTitles(before), withoutTitles(run.out()));
        assertTrue(run.err().contains("placed 23 articles"), run.err());
    }
}
