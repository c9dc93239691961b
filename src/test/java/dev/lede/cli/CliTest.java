package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;
    Path db;
    Path pages;

    static final String FERRY_PAGE = """
            <html><head><title>Harbour ferry fares to rise</title></head>
            <body><article><h1>Harbour ferry fares to rise</h1>
            <p>Ferry fares across the harbour will rise by ten percent in April, the operator said on Monday.</p>
            <p>Commuters said the increase was the third in two years.</p></article></body></html>""";

    static final String BIKE_TEXT = """
            Council Approves Riverside Bike Lanes

            The city council voted seven to two on Tuesday to build protected bike lanes along the river.

            Read more: Parking changes downtown
            Leave a Reply
            """;

    @BeforeEach
    void pages() throws Exception {
        db = dir.resolve("lib/lede.db");
        pages = Files.createDirectories(dir.resolve("pages/sub"));
        Files.writeString(dir.resolve("pages/ferry.html"), FERRY_PAGE);
        Files.writeString(dir.resolve("pages/sub/bikes.txt"), BIKE_TEXT);
    }

    CliRun importAll() {
        return lede(db, "import", dir.resolve("pages").toString());
    }

    @Test
    void importReportsOneLinePerFileAndASummary() {
        CliRun run = importAll();
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("ferry.html: saved as #"), run.out());
        assertTrue(run.out().contains("bikes.txt: saved as #"), run.out());
        assertTrue(run.out().contains("imported 2, already saved 0, skipped 0, failed 0"), run.out());
    }

    @Test
    void importingTheSameFilesAgainSavesNothingNew() {
        importAll();
        CliRun again = importAll();
        assertEquals(0, again.code());
        assertTrue(again.out().contains("already saved as #"), again.out());
        assertTrue(again.out().contains("imported 0, already saved 2"), again.out());
    }

    @Test
    void badFilesFailOneLineEachAndTheRestIsImported() throws Exception {
        Files.write(dir.resolve("pages/binary.html"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2});
        Files.writeString(dir.resolve("pages/empty.txt"), "");
        Files.writeString(dir.resolve("pages/report.pdf"), "%PDF-1.4");
        CliRun run = lede(db, "import", dir.resolve("pages").toString(), dir.resolve("missing.html").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("binary.html: failed: binary file, not an article"), run.err());
        assertTrue(run.err().contains("empty.txt: failed: empty file"), run.err());
        assertTrue(run.out().contains("report.pdf: skipped: not an article file"), run.out());
        assertTrue(run.err().contains("missing.html: failed: no such file or folder"), run.err());
        assertTrue(run.out().contains("imported 2, already saved 0, skipped 1, failed 3"), run.out());
        assertEquals(2, lede(db, "list", "--json").out().split("\"id\"").length - 1);
    }

    @Test
    void listShowsNewestFirstAndJsonHasEveryField() {
        importAll();
        CliRun list = lede(db, "list");
        assertEquals(0, list.code());
        String[] rows = list.out().strip().split("\n");
        assertEquals(2, rows.length);
        assertTrue(rows[0].contains("Council Approves Riverside Bike Lanes"), rows[0]);
        String json = lede(db, "list", "--json").out();
        for (String field : new String[] {"\"id\"", "\"url\"", "\"title\"", "\"site\"", "\"author\"", "\"published\"",
                "\"saved\"", "\"tags\"", "\"bookmarked\"", "\"read\"", "\"words\""}) {
            assertTrue(json.contains(field), field + " in " + json);
        }
        assertTrue(json.contains("\"url\": \"file:"), json);
    }

    @Test
    void listWithAQueryFindsMatchesAndShowsSnippets() {
        importAll();
        CliRun run = lede(db, "list", "ferry", "--snippets");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("Harbour ferry fares to rise"), run.out());
        assertFalse(run.out().contains("Bike"), run.out());
        assertTrue(run.out().contains("[Ferry]") || run.out().contains("[ferry]"), run.out());
    }

    @Test
    void showPrintsTheCleanedArticle() {
        importAll();
        CliRun run = lede(db, "show", "1", "--width", "40");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Ferry fares across the harbour"), run.out());
        for (String line : run.out().split("\n")) {
            assertTrue(line.length() <= 40, "too wide: " + line);
        }
    }

    @Test
    void tagBookmarkReadAndFiltersWorkTogether() {
        importAll();
        assertEquals(0, lede(db, "tag", "1", "Transit", "#city").code());
        assertTrue(lede(db, "untag", "1", "city").out().contains("#1 tags: #transit"));
        assertEquals(0, lede(db, "bookmark", "2").code());
        assertEquals(0, lede(db, "read", "1").code());
        assertTrue(lede(db, "list", "tag:transit").out().contains("ferry fares"));
        assertTrue(lede(db, "list", "is:bookmarked").out().contains("Bike Lanes"));
        assertFalse(lede(db, "list", "is:unread").out().contains("ferry fares"));
        assertEquals(0, lede(db, "unbookmark", "2").code());
        assertEquals(0, lede(db, "unread", "1").code());
        assertTrue(lede(db, "list", "is:unread").out().contains("ferry fares"));
        assertTrue(lede(db, "tags").out().contains("#transit"));
    }

    @Test
    void rmDeletesAndUnknownIdsFailWithOneLine() {
        importAll();
        CliRun rm = lede(db, "rm", "1", "99");
        assertEquals(1, rm.code());
        assertTrue(rm.out().contains("#1 deleted"), rm.out());
        assertEquals("lede: no article #99 in this library; 'lede list' shows the ids\n", rm.err());
        assertFalse(lede(db, "list").out().contains("ferry"));
    }

    @Test
    void unknownIdAndBadIdAreOneLineErrors() {
        importAll();
        CliRun show = lede(db, "show", "42");
        assertEquals(1, show.code());
        assertEquals(1, show.err().strip().split("\n").length, show.err());
        CliRun bad = lede(db, "bookmark", "abc");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("lede: 'abc' is not an article id"), bad.err());
    }

    @Test
    void relatedPrintsOneJsonObjectPerId() {
        importAll();
        CliRun run = lede(db, "related", "1", "2", "--json");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("{\"id\": 1, \"related\": ["), lines[0]);
    }

    @Test
    void extractPrintsTextHtmlOrJsonWithoutSaving() {
        Path page = dir.resolve("pages/ferry.html");
        CliRun text = lede(db, "extract", page.toString(), "--base-url", "https://example.com/ferry");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Ferry fares across the harbour"));
        assertTrue(lede(db, "extract", page.toString(), "--format", "html").out().contains("<p>"));
        assertTrue(lede(db, "extract", page.toString(), "--format", "json").out().contains("\"title\": "));
        assertFalse(Files.exists(db), "extract must not create a library");
    }

    @Test
    void extractOfAMissingFileOrABadFormatIsAClearError() {
        CliRun missing = lede(db, "extract", dir.resolve("nope.html").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("lede: no such file"), missing.err());
        CliRun format = lede(db, "extract", dir.resolve("pages/ferry.html").toString(), "--format", "pdf");
        assertEquals(2, format.code());
    }

    @Test
    void exportGoesThroughEveryPageOfALargeLibraryOnce() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("many"));
        for (int i = 1; i <= 450; i++) { // more than two export pages of 200
            Files.writeString(pages.resolve(String.format("note-%03d.txt", i)),
                    "Note number " + i + "\n\nThe harbour ferry note " + i + " has a few words of text to keep.\n");
        }
        assertEquals(0, lede(db, "import", pages.toString()).code());
        String[] lines = lede(db, "export").out().strip().split("\n");
        assertEquals(450, lines.length);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String line : lines) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\": (\\d+)").matcher(line);
            assertTrue(m.find(), line);
            ids.add(m.group(1));
        }
        assertEquals(450, ids.size(), "each article once");
        assertEquals(450, lede(db, "export", "ferry").out().strip().split("\n").length); // ranked: by offset
    }

    @Test
    void exportPrintsOneWholeArticlePerLine() {
        importAll();
        lede(db, "tag", "1", "harbour");
        CliRun run = lede(db, "export");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].matches(".*\"text\": \"[^\"]*Ferry fares across the harbour.*"), lines[1]);
        assertTrue(lines[1].contains("\"tags\": [\"harbour\"]"), lines[1]);
        assertEquals(1, lede(db, "export", "tag:harbour").out().strip().split("\n").length);
    }

    @Test
    void statsCountsTheLibrary() {
        importAll();
        lede(db, "bookmark", "1");
        String json = lede(db, "stats", "--json").out();
        assertTrue(json.contains("\"articles\": 2"), json);
        assertTrue(json.contains("\"bookmarked\": 1"), json);
    }

    @Test
    void aFileThatIsNotALibraryIsRefusedWithOneLineAndLeftIntact() throws Exception {
        Path notes = dir.resolve("notes.db");
        byte[] content = "precious notes".getBytes(StandardCharsets.UTF_8);
        Files.write(notes, content);
        CliRun run = lede(notes, "list");
        assertEquals(1, run.code());
        assertEquals(1, run.err().strip().split("\n").length);
        assertTrue(run.err().contains("not a Lede library"), run.err());
        assertArrayEquals(content, Files.readAllBytes(notes));
    }

    @Test
    void malformedQueryIsAUsageError() {
        CliRun run = lede(db, "list", "after:yesterday");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("lede: bad date in after:yesterday"), run.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = lede(db, "lisst");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("lede: unknown command 'lisst'"), run.err());
    }

    @Test
    void libraryDefaultsToTheXdgDataFolderAndLedeDbOverridesIt() {
        StringWriter out = new StringWriter();
        Path data = dir.resolve("xdg");
        String pagesDir = dir.resolve("pages").toString();
        Cli.run(new String[] {"import", pagesDir}, new PrintWriter(out), new PrintWriter(new StringWriter()),
                Map.of("XDG_DATA_HOME", data.toString()));
        assertTrue(Files.exists(data.resolve("lede/lede.db")), out.toString());
        Path custom = dir.resolve("custom.db");
        Cli.run(new String[] {"import", pagesDir}, new PrintWriter(out), new PrintWriter(new StringWriter()),
                Map.of("XDG_DATA_HOME", data.toString(), "LEDE_DB", custom.toString()));
        assertTrue(Files.exists(custom));
    }
}
