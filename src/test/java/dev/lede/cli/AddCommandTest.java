package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.TestServer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddCommandTest {
    @TempDir
    Path dir;
    Path db;
    TestServer server;

    static String page(String title, String canonical) {
        return "<html><head><title>" + title + "</title>"
                + (canonical == null ? "" : "<link rel=canonical href=\"" + canonical + "\">")
                + "</head><body><article><h1>" + title + "</h1><p>" + title
                + " is the story of the day, reported in full by our correspondent in the harbour town.</p>"
                + "<p>More details followed later in the afternoon, officials said.</p></article></body></html>";
    }

    @BeforeEach
    void serve() {
        db = dir.resolve("lede.db");
        server = new TestServer();
        server.page("/story", "text/html; charset=utf-8", page("Ferry fares rise", null));
        server.page("/amp/story", "text/html", page("Ferry fares rise (AMP)", server.url("/story")));
        server.on("/gone", exchange -> TestServer.send(exchange, 404, "text/html", "no".getBytes(StandardCharsets.UTF_8)));
        server.page("/report.pdf", "application/pdf", "%PDF-1.4 binary");
        for (int i = 0; i < 40; i++) {
            server.page("/many/" + i, "text/html", page("Story number " + i, null));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void addSavesAPageAndReportsItsId() {
        CliRun run = lede(db, "add", server.url("/story"), "--tag", "harbour");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(": saved as #1: Ferry fares rise"), run.out());
        assertTrue(lede(db, "list", "tag:harbour").out().contains("Ferry fares rise"));
    }

    @Test
    void theSameArticleUnderTrackingParametersOrItsAmpCopyIsSavedOnce() {
        lede(db, "add", server.url("/story"));
        CliRun again = lede(db, "add", server.url("/story?utm_source=newsletter&utm_medium=email"), server.url("/amp/story"));
        assertEquals(0, again.code(), again.err());
        assertEquals(2, again.out().split("already saved as #1", -1).length - 1, again.out());
        assertEquals(1, lede(db, "list").out().strip().split("\n").length);
    }

    @Test
    void failuresAreOneLineEachAndTheRestIsStored() {
        CliRun run = lede(db, "add", server.url("/gone"), server.url("/story"), server.url("/report.pdf"),
                "ftp://example.com/file");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("/gone: failed: HTTP 404 Not Found"), run.err());
        assertTrue(run.err().contains("/report.pdf: failed: not an article: application/pdf"), run.err());
        assertTrue(run.err().contains("ftp://example.com/file: failed: only http and https"), run.err());
        assertTrue(run.out().contains("1 saved or already there, 3 failed"), run.out());
        assertTrue(lede(db, "list").out().contains("Ferry fares rise"));
    }

    @Test
    void fiftyUrlsAtOnceStoreEverySuccessAndReportEachFailureOnce() {
        List<String> args = new ArrayList<>(List.of("add", "--jobs", "8"));
        for (int i = 0; i < 40; i++) {
            args.add(server.url("/many/" + i));
        }
        for (int i = 0; i < 10; i++) {
            args.add(server.url("/missing/" + i));
        }
        CliRun run = lede(db, args.toArray(String[]::new));
        assertEquals(1, run.code());
        assertEquals(40, run.out().strip().split("\n").length - 1, run.out());
        assertEquals(10, run.err().split("failed: HTTP 404", -1).length - 1);
        assertTrue(run.out().contains("40 saved or already there, 10 failed"), run.out());
        assertTrue(lede(db, "stats", "--json").out().contains("\"articles\": 40"));
    }

    @Test
    void addDashReadsUrlsFromStandardInputSkippingCommentsAndBlankLines() {
        String input = "# my reading list\n\n" + server.url("/story") + "\n  \n" + server.url("/many/1") + "\n";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--db", db.toString(), "add", "-"},
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), Map.of());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("2 saved or already there, 0 failed"), out.toString());
    }

    @Test
    void addWithNoUrlsOnStandardInputIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--db", db.toString(), "add", "-"}, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("lede: no URLs given"), err.toString());
    }
}
