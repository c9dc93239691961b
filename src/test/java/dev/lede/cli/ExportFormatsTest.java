package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lede export as Markdown notes and as Netscape bookmarks, from a library with highlights. */
class ExportFormatsTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void library() throws IOException {
        db = dir.resolve("lede.db");
        Path wallabag = dir.resolve("wallabag.json");
        Files.writeString(wallabag, "[{\"is_archived\":1,\"is_starred\":1,\"tags\":[\"city\",\"transit\"],"
                + "\"title\":\"Tram: line \\\"7\\\" opens\",\"url\":\"https://news.example.com/tram\","
                + "\"content\":\"<h2>Opening day</h2><p>The new tram line opened on <em>Monday</em> with "
                + "<a href=\\\"https://news.example.com/rides\\\">free rides</a> for the first week of service.</p>"
                + "<pre><code>line 7: every 6 minutes\\n  night: every 20</code></pre>"
                + "<ul><li>Crowds at every stop</li><li>Bands played</li></ul>\","
                + "\"created_at\":\"2024-02-03T09:10:11+00:00\",\"published_by\":[\"Ann Lee\"],"
                + "\"annotations\":[{\"text\":\"nice\",\"quote\":\"free rides for the first week\","
                + "\"created_at\":\"2024-02-03T10:00:00+00:00\"}]}]", StandardCharsets.UTF_8);
        assertEquals(0, lede(db, "import", wallabag.toString()).code());
    }

    @Test
    void markdownIsAFolderOfNotesWithFrontMatterBodyAndHighlights() throws IOException {
        Path folder = dir.resolve("notes");
        CliRun run = lede(db, "export", "--format", "markdown", "-o", folder.toString());
        assertEquals(0, run.code(), run.err());
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.toList();
        }
        assertEquals(1, files.size());
        assertEquals("0001-tram-line-7-opens.md", files.get(0).getFileName().toString());
        String note = Files.readString(files.get(0));
        assertTrue(note.startsWith("---\ntitle: \"Tram: line \\\"7\\\" opens\"\nurl: \"https://news.example.com/tram\"\n"
                + "site: \"news.example.com\"\nauthor: \"Ann Lee\"\n"), note);
        assertTrue(note.contains("saved: \"2024-02-03T09:10:11Z\"\ntags: [\"city\", \"transit\"]\nbookmarked: true\nread: true\n---\n"), note);
        assertTrue(note.contains("## Opening day\n\nThe new tram line opened on *Monday* with [free rides](https://news.example.com/rides)"), note);
        assertTrue(note.contains("```\nline 7: every 6 minutes\n  night: every 20\n```"), note);
        assertTrue(note.contains("- Crowds at every stop\n- Bands played"), note);
        assertTrue(note.contains("## Highlights\n\n> free rides for the first week\n\nnice\n"), note);
    }

    @Test
    void markdownNotesImportBackWithTheirStatesTagsBodyAndHighlights() {
        Path folder = dir.resolve("notes");
        assertEquals(0, lede(db, "export", "--format", "markdown", "-o", folder.toString()).code());
        Path other = dir.resolve("other.db");
        CliRun run = lede(other, "import", folder.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("markdown export, 1 articles"), run.out());
        String json = lede(other, "list", "--json").out();
        assertTrue(json.contains("\"title\": \"Tram: line \\\"7\\\" opens\"") && json.contains("\"url\": \"https://news.example.com/tram\"")
                && json.contains("\"tags\": [\"city\", \"transit\"]") && json.contains("\"read\": true")
                && json.contains("\"bookmarked\": true") && json.contains("\"saved\": \"2024-02-03T09:10:11Z\""), json);
        String export = lede(other, "export").out();
        assertTrue(export.contains("<em>Monday</em>") && export.contains("<a href=\\\"https://news.example.com/rides\\\">free rides</a>")
                && export.contains("<pre><code>line 7: every 6 minutes\\n  night: every 20"), export);
        assertTrue(export.contains("\"highlights\": [{\"quote\": \"free rides for the first week\", \"note\": \"nice\""), export);
        // And once more: nothing new.
        assertTrue(lede(other, "import", folder.toString()).out().contains("imported 0, already saved 1"));
    }

    @Test
    void markdownWithoutAFolderIsAUsageError() {
        CliRun run = lede(db, "export", "--format", "markdown");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("-o FOLDER"), run.err());
    }

    @Test
    void netscapeBookmarksCarryTagsAndDatesAndImportBack() throws IOException {
        Path file = dir.resolve("bookmarks.html");
        assertEquals(0, lede(db, "export", "--format", "netscape", "-o", file.toString()).code());
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE NETSCAPE-Bookmark-file-1>"), html);
        assertTrue(html.contains("<DT><A HREF=\"https://news.example.com/tram\" ADD_DATE=\"1706951411\" TAGS=\"city,transit\">"
                + "Tram: line &quot;7&quot; opens</A>"), html);
        Path other = dir.resolve("other.db");
        assertEquals(0, lede(other, "import", "--no-fetch", file.toString()).code());
        String json = lede(other, "list", "--json").out();
        assertTrue(json.contains("\"tags\": [\"city\", \"transit\"]") && json.contains("\"read\": true")
                && json.contains("\"saved\": \"2024-02-03T09:10:11Z\""), json);
    }

    @Test
    void jsonLinesGoToAFileWithTheHighlights() throws IOException {
        Path file = dir.resolve("backup.jsonl");
        assertEquals(0, lede(db, "export", "-o", file.toString()).code());
        String line = Files.readString(file);
        assertTrue(line.contains("\"highlights\": [{\"quote\": \"free rides for the first week\", \"note\": \"nice\""), line);
        Path other = dir.resolve("other.db");
        assertEquals(0, lede(other, "import", file.toString()).code());
        assertEquals(lede(db, "export").out(), lede(other, "export").out());
    }
}
