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
}
