package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users type never reaches the terminal raw, and queries and tags are checked the same way everywhere. */
class HostileInputTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void library() throws Exception {
        db = dir.resolve("lede.db");
        Files.writeString(dir.resolve("ferry.html"), CliTest.FERRY_PAGE);
        Files.writeString(dir.resolve("bikes.txt"), CliTest.BIKE_TEXT);
        assertEquals(0, lede(db, "import", "-t", "bbc", dir.resolve("ferry.html").toString()).code());
        assertEquals(0, lede(db, "import", dir.resolve("bikes.txt").toString()).code());
    }

    private static void assertClean(String text) {
        for (char c : text.toCharArray()) {
            assertFalse(c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c <= 0x9f, () -> "control character in " + text);
        }
    }

    @Test
    void queriesMayStartWithADash() {
        CliRun run = lede(db, "list", "-tag:bbc");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Council Approves Riverside Bike Lanes"), run.out());
        assertFalse(run.out().contains("Harbour ferry"), run.out());
        CliRun words = lede(db, "list", "-n", "5", "-ferry", "--json");
        assertEquals(0, words.code(), words.err());
        assertTrue(words.out().contains("Council Approves") && !words.out().contains("Harbour"), words.out());
        CliRun export = lede(db, "export", "-is:unread");
        assertEquals(0, export.code(), export.err());
        assertEquals("", export.out());
        assertEquals(1, lede(db, "export", "-tag:bbc").out().lines().count());
    }

    @Test
    void echoedQueriesIdsAndOptionsAreCleanedAndCut() {
        CliRun query = lede(db, "list", "is:\u001b[2Jmaybe");
        assertEquals(2, query.code());
        assertTrue(query.err().startsWith("lede: unknown filter is:maybe: use is:bookmarked, "), query.err());
        assertClean(query.err());
        CliRun id = lede(db, "show", "\u001b]0;pwned\u0007" + "9".repeat(10_000));
        assertEquals(2, id.code());
        assertClean(id.err());
        assertTrue(id.err().length() < 200, id.err());
        CliRun option = lede(db, "show", "1", "--x\u001b]0;title\u0007" + "y".repeat(1_000_000));
        assertEquals(2, option.code());
        assertClean(option.err());
        assertTrue(option.err().startsWith("lede: Unknown option: '--xyyy"), option.err());
        assertTrue(option.err().length() < 500, () -> option.err().length() + " characters");
        CliRun db2 = lede(dir.resolve("no\u001b[31mpe.db"), "list");
        assertClean(db2.err());
    }

    @Test
    void aTwentyMegabyteBadLineOnStandardInputIsEchoedCut() {
        String input = "\u001b[2J" + "x".repeat(20_000_000) + "\n";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--db", db.toString(), "add", "-"},
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), Map.of());
        assertEquals(1, code);
        assertClean(err.toString());
        assertTrue(err.toString().length() < 1_000, () -> err.toString().length() + " characters");
        assertTrue(err.toString().startsWith("xxx"), err.toString().substring(0, 100));
    }

    @Test
    void badTagsAreUsageErrorsOnEveryCommand() {
        CliRun control = lede(db, "tag", "1", "ok", "a\u001b[31mb");
        assertEquals(2, control.code());
        assertEquals("lede: tag 'ab' has a control character; tags are plain text", control.err().strip());
        CliRun blank = lede(db, "tag", "1", "   ");
        assertEquals(2, blank.code());
        assertEquals("lede: empty tag '   '; give a word, e.g. city", blank.err().strip());
        CliRun longTag = lede(db, "tag", "1", "t".repeat(65));
        assertEquals(2, longTag.code());
        assertTrue(longTag.err().contains("is longer than 64 characters"), longTag.err());
        assertEquals(2, lede(db, "import", "-t", "", dir.resolve("bikes.txt").toString()).code());
        assertEquals(2, lede(db, "add", "-t", "\u0007", "https://example.com/never-fetched").code());
        assertTrue(lede(db, "tags").out().contains("#bbc"));
        assertEquals(1, lede(db, "tags").out().lines().count());
    }

    @Test
    void tagsAnExportBringsThatBreakTheRuleAreLeftOutAndTheArticleIsImported() throws Exception {
        String line = lede(db, "export", "tag:bbc").out().strip();
        assertTrue(line.contains("\"tags\": [\"bbc\"]"), line);
        Path export = Files.writeString(dir.resolve("backup.jsonl"), line.replace("\"tags\": [\"bbc\"]",
                "\"tags\": [\"ok\", \"bad\\u001b[2J\", \"\", \"" + "x".repeat(70) + "\", \"#Good Tag\"]") + "\n");
        db = dir.resolve("other.db");
        CliRun run = lede(db, "import", export.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        String listed = lede(db, "list", "--json").out();
        assertTrue(listed.contains("\"tags\": [\"good-tag\", \"ok\"]") || listed.contains("\"tags\": [\"ok\", \"good-tag\"]"),
                listed);
    }
}
