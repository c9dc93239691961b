package dev.lede.cli;

import static dev.lede.cli.CliRun.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlCredentialsTest {
    @TempDir
    Path dir;

    @Test
    void credentialsInAnAddedUrlAreUsedToFetchButNeverStoredListedExportedOrShown() {
        Path db = dir.resolve("lede.db");
        try (TestServer server = new TestServer()) {
            server.on("/members/story", exchange -> {
                boolean authorized = "Basic dXNlcjpzZWNyZXQ=".equals(exchange.getRequestHeaders().getFirst("Authorization"));
                TestServer.send(exchange, authorized ? 200 : 401, "text/html",
                        AddCommandTest.page("Members only", null).getBytes(StandardCharsets.UTF_8));
            });
            String url = server.url("/members/story").replace("http://", "http://user:secret@");
            CliRun add = lede(db, "add", url);
            assertEquals(0, add.code(), add.err());
            assertEquals(server.url("/members/story") + ": saved as #1: Members only", add.out().strip());
            for (String[] command : new String[][] {{"list", "--json"}, {"export"}, {"show", "1"}, {"list"}}) {
                CliRun run = lede(db, command);
                assertEquals(0, run.code(), run.err());
                assertFalse(run.out().contains("secret") || run.out().contains("user:"), String.join(" ", command));
            }
            assertTrue(lede(db, "list", "--json").out().contains("\"url\": \"" + server.url("/members/story") + "\""));
            CliRun failed = lede(db, "add", "ftp://user:secret@example.com/x");
            assertFalse(failed.err().contains("secret"), failed.err());
        }
    }

    @Test
    void anAddressWithoutASchemeIsFetchedOverHttps() {
        try (TestServer server = new TestServer()) {
            String address = server.url("/story").substring("http://".length());
            CliRun run = lede(dir.resolve("lede.db"), "add", address);
            assertEquals(1, run.code());
            // The loopback server speaks plain http: the https attempt is what fails.
            assertTrue(run.err().startsWith("https://" + address + ": failed: "), run.err());
        }
    }

    @Test
    void credentialsInAFeedAddressAreNeverPrinted() throws Exception {
        Path db = dir.resolve("lede.db");
        Path opml = java.nio.file.Files.writeString(dir.resolve("subs.opml"), "<?xml version=\"1.0\"?><opml version=\"2.0\">"
                + "<head><title>Subs</title></head><body><outline type=\"rss\" text=\"Private\""
                + " xmlUrl=\"https://user:secret@example.com/feed.xml\"/></body></opml>");
        CliRun imported = lede(db, "import", opml.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertFalse((imported.out() + imported.err()).contains("secret"), imported.out());
        for (String[] command : new String[][] {{"feed", "list"}, {"feed", "list", "--json"}, {"feed", "export"}}) {
            CliRun run = lede(db, command);
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("example.com/feed.xml"), run.out());
            assertFalse(run.out().contains("secret"), String.join(" ", command) + ": " + run.out());
        }
    }
}
