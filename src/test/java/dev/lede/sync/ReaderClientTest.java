package dev.lede.sync;

import dev.lede.model.SyncedFeed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The client's handling of what FreshRSS cannot be made to do on demand (5xx, a session that
 * expires, a refused edit token, an address that is not the API), against a loopback server.
 * The API itself is tested against a real FreshRSS in SyncFreshRssTest.
 */
class ReaderClientTest {
    private static void answer(com.sun.net.httpserver.HttpExchange e, int status, String body) throws Exception {
        TestServer.send(e, status, "text/plain", body.getBytes(StandardCharsets.UTF_8));
    }

    private static TestServer loginGiving(String session, AtomicInteger logins) {
        return new TestServer().on("/api/accounts/ClientLogin", e -> {
            logins.incrementAndGet();
            answer(e, 200, "SID=x\nLSID=null\nAuth=" + session + "\n");
        });
    }

    @Test
    void aServerErrorIsOneLineSayingToTryLater() throws Exception {
        try (TestServer server = loginGiving("s1", new AtomicInteger())
                .on("/api/reader/api/0/subscription/list", e -> answer(e, 503, "busy"))) {
            ReaderClient client = new ReaderClient(server.url("/api"), "me", "pw", null, null);
            SyncException e = assertThrows(SyncException.class, client::subscriptions);
            assertEquals(SyncException.Kind.SERVER, e.kind());
            assertEquals("the sync server answered HTTP 503 to subscription/list; it may be down or busy, try again later",
                    e.getMessage());
        }
    }

    @Test
    void anExpiredSessionLogsInOnceAndTheRequestGoesAgain() throws Exception {
        AtomicInteger logins = new AtomicInteger();
        List<String> kept = new ArrayList<>();
        try (TestServer server = loginGiving("fresh", logins).on("/api/reader/api/0/subscription/list", e -> {
            if ("GoogleLogin auth=fresh".equals(e.getRequestHeaders().getFirst("Authorization"))) {
                answer(e, 200, "{\"subscriptions\":[{\"id\":\"feed/1\",\"title\":\"One\",\"url\":\"http://x/feed\","
                        + "\"categories\":[{\"id\":\"user/-/label/News\",\"label\":\"News\"}]}]}");
            } else {
                answer(e, 401, "Unauthorized!");
            }
        })) {
            ReaderClient client = new ReaderClient(server.url("/api"), "me", "pw", "stale", kept::add);
            List<SyncedFeed> subs = client.subscriptions();
            assertEquals(List.of(new SyncedFeed("feed/1", "http://x/feed", "One", null, List.of("News"))), subs);
            assertEquals(1, logins.get());
            assertEquals(List.of("fresh"), kept);
            assertEquals(3, client.requests());
        }
    }

    @Test
    void aSessionRefusedRightAfterLogInIsAnErrorNotALoop() throws Exception {
        AtomicInteger logins = new AtomicInteger();
        try (TestServer server = loginGiving("s", logins)
                .on("/api/reader/api/0/subscription/list", e -> answer(e, 401, "Unauthorized!"))) {
            ReaderClient client = new ReaderClient(server.url("/api"), "me", "pw", "old", null);
            SyncException e = assertThrows(SyncException.class, client::subscriptions);
            assertEquals(SyncException.Kind.UNAUTHORIZED, e.kind());
            assertEquals(1, logins.get());
        }
    }

    @Test
    void aWrongPasswordSaysWhatToDo() throws Exception {
        try (TestServer server = new TestServer().on("/api/accounts/ClientLogin", e -> answer(e, 401, "Error=BadAuthentication"))) {
            SyncException e = assertThrows(SyncException.class,
                    () -> new ReaderClient(server.url("/api"), "me", "secret-pw", null, null).login());
            assertEquals(SyncException.Kind.UNAUTHORIZED, e.kind());
            assertTrue(e.getMessage().contains("'lede sync add'"), e.getMessage());
            assertTrue(!e.getMessage().contains("secret-pw"));
        }
    }

    @Test
    void aRefusedEditTokenIsAskedForAgainOnce() throws Exception {
        AtomicInteger tokens = new AtomicInteger();
        List<String> edits = new ArrayList<>();
        try (TestServer server = loginGiving("s", new AtomicInteger())
                .on("/api/reader/api/0/token", e -> answer(e, 200, "token" + tokens.incrementAndGet() + "\n"))
                .on("/api/reader/api/0/edit-tag", e -> {
                    String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    edits.add(body);
                    if (body.contains("T=token1")) {
                        e.getResponseHeaders().add("X-Reader-Google-Bad-Token", "true");
                        answer(e, 401, "Unauthorized!");
                    } else {
                        answer(e, 200, "OK");
                    }
                })) {
            ReaderClient client = new ReaderClient(server.url("/api"), "me", "pw", null, null);
            client.editTag(List.of(1795978114111305L), ReaderClient.READ, null);
            assertEquals(2, tokens.get());
            assertEquals(2, edits.size());
            assertTrue(edits.get(1).contains("i=tag%3Agoogle.com%2C2005%3Areader%2Fitem%2F0006616ebd841749"), edits.get(1));
            assertTrue(edits.get(1).contains("a=user%2F-%2Fstate%2Fcom.google%2Fread"), edits.get(1));
        }
    }

    @Test
    void anAddressThatIsNotTheApiIsNamed() throws Exception {
        try (TestServer server = loginGiving("s", new AtomicInteger())
                .on("/api/reader/api/0/subscription/list", e -> answer(e, 200, "<html>Welcome</html>"))) {
            ReaderClient client = new ReaderClient(server.url("/api"), "me", "pw", null, null);
            SyncException e = assertThrows(SyncException.class, client::subscriptions);
            assertEquals(SyncException.Kind.PROTOCOL, e.kind());
            assertTrue(e.getMessage().contains("a Google Reader API address?"), e.getMessage());
        }
    }

    @Test
    void aServerThatIsDownIsUnreachable() throws Exception {
        String url;
        try (TestServer server = new TestServer()) {
            url = server.url("/api");
        }
        SyncException e = assertThrows(SyncException.class, () -> new ReaderClient(url, "me", "pw", null, null).login());
        assertEquals(SyncException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().startsWith("cannot reach the sync server at " + url), e.getMessage());
    }

    @Test
    void streamPagesCarryStateLinksAndTheirContinuation() throws Exception {
        try (TestServer server = loginGiving("s", new AtomicInteger())
                .on("/api/reader/api/0/stream/contents/user/-/state/com.google/reading-list", e -> {
                    assertTrue(e.getRequestURI().getRawQuery().contains("c=abc"), e.getRequestURI().toString());
                    answer(e, 200, "{\"items\":[{\"id\":\"tag:google.com,2005:reader/item/000000000000000a\","
                            + "\"published\":1700000000,\"title\":\"T\",\"alternate\":[{\"href\":\"http://x/a\"}],"
                            + "\"categories\":[\"user/-/state/com.google/starred\",\"user/-/label/News\"],"
                            + "\"origin\":{\"streamId\":\"feed/3\"},\"summary\":{\"content\":\"<p>S</p>\"}}]}");
                })) {
            StreamPage page = new ReaderClient(server.url("/api"), "me", "pw", null, null)
                    .contents(ReaderClient.READING_LIST, null, null, 10, "abc");
            ServerItem item = page.items().get(0);
            assertEquals(10L, item.id());
            assertEquals("http://x/a", item.link());
            assertEquals("feed/3", item.streamId());
            assertEquals("<p>S</p>", item.content());
            assertTrue(item.starred());
            assertTrue(!item.read());
            assertEquals(null, page.continuation());
        }
    }

    @Test
    void anAnswerThatStallsMidBodyTimesOut() throws Exception {
        try (TestServer server = loginGiving("s", new AtomicInteger())
                .on("/api/reader/api/0/subscription/list", e -> {
                    e.sendResponseHeaders(200, 1000);
                    e.getResponseBody().write("{\"subscriptions\": [".getBytes(StandardCharsets.UTF_8));
                    e.getResponseBody().flush();
                    Thread.sleep(30_000); // ended by the server's close at the end of the test
                })) {
            ReaderClient client = new ReaderClient(server.url("/api"), "me", "pw", null, null)
                    .timeout(java.time.Duration.ofMillis(500));
            SyncException e = assertThrows(SyncException.class, client::subscriptions);
            assertEquals(SyncException.Kind.UNREACHABLE, e.kind());
            assertTrue(e.getMessage().endsWith("did not answer in time; try again later"), e.getMessage());
        }
    }

    @Test
    void anAddressWithoutTheApiSaysWhereItIs() throws Exception {
        try (TestServer server = new TestServer().on("/", e -> answer(e, 404, "Not Found"))) {
            SyncException e = assertThrows(SyncException.class,
                    () -> new ReaderClient(server.url("/freshrss"), "me", "pw", null, null).login());
            assertEquals("no Google Reader API at " + server.url("/freshrss")
                    + " (HTTP 404); FreshRSS's address ends in /api/greader.php, Miniflux's is the site's root", e.getMessage());
        }
    }
}
