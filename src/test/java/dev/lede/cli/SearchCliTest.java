package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCliTest {
    @TempDir
    Path dir;
    Path db;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int lede(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all, new PrintWriter(out), new PrintWriter(err), Map.of());
    }

    @BeforeEach
    void importArticles() throws Exception {
        db = dir.resolve("lede.db");
        Path files = Files.createDirectories(dir.resolve("files"));
        Files.writeString(files.resolve("1.txt"), "Strong earthquake shakes northern Chile\n\nA magnitude 8.2"
                + " earthquake struck near Iquique. President Michelle Bachelet visited Tarapaca.\n");
        Files.writeString(files.resolve("2.txt"), "Bachelet visits Iquique after quake\n\nMichelle Bachelet flew"
                + " to Iquique after the 8.2 earthquake in Tarapaca.\n");
        Files.writeString(files.resolve("3.txt"), "Council approves riverside bike lanes\n\nThe city council"
                + " voted to build protected bike lanes along the riverside road.\n");
        assertEquals(0, lede("import", files.toString()), err.toString());
    }

    @Test
    void listWithAQueryPrintsTheMatchesAsJson() {
        assertEquals(0, lede("list", "bike", "lanes", "--json"), err.toString());
        assertTrue(out.toString().contains("\"title\": \"Council approves riverside bike lanes\""), out.toString());
        assertTrue(!out.toString().contains("Chile"), out.toString());
    }

    @Test
    void listSnippetsShowTheMatchingText() {
        assertEquals(0, lede("list", "riverside", "--snippets"), err.toString());
        assertTrue(out.toString().contains("along the [riverside] road."), out.toString());
    }

    @Test
    void listWithFtsSyntaxDoesNotFail() {
        assertEquals(0, lede("list", "NEAR(", "foo\"", "AND", "--json"), err.toString());
        assertEquals("[]", out.toString().strip());
    }

    @Test
    void listWithABadFilterNamesItAndExitsWithTwo() {
        assertEquals(2, lede("list", "after:someday"));
        assertTrue(err.toString().contains("after:someday"), err.toString());
    }

    @Test
    void relatedPrintsTheSameStoryFirstAsJson() {
        assertEquals(0, lede("list", "Bachelet", "visits", "--json"), err.toString());
        String id = out.toString().replaceFirst("(?s)^.*?\"id\": (\\d+).*$", "$1");
        assertEquals(0, lede("list", "strong", "earthquake", "--json"), err.toString());
        String other = out.toString().replaceFirst("(?s)^.*?\"id\": (\\d+).*$", "$1");
        assertEquals(0, lede("related", id, "--json"), err.toString());
        String json = out.toString();
        assertTrue(json.startsWith("{\"id\": " + id + ", \"related\": [{\"id\": " + other + ","), json);
        assertTrue(json.contains("\"reasons\": ["), json);
    }
}
