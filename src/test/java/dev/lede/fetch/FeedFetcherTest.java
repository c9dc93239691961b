package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Conditional GET of feeds against a loopback server: validators, redirects, statuses, limits. */
class FeedFetcherTest {
    private static final String RSS = "<rss version=\"2.0\"><channel><title>News</title></channel></rss>";
    private static final String ETAG = "\"v1\"";
    private static final String LAST_MODIFIED = "Sun, 02 Mar 2025 10:00:00 GMT";

    private final TestServer server = new TestServer();
    private final FeedFetcher fetcher = new FeedFetcher(FetchSettings.defaults()
            .withTotalTimeout(Duration.ofMillis(1500)).withConnectTimeout(Duration.ofSeconds(1)));

    @AfterEach
    void stop() {
        server.close();
    }

    /** A feed that sends validators and answers 304 to either of them. */
    private void conditionalFeed(String path, List<String> requests) {
        server.on(path, exchange -> {
            String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ims = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            requests.add(inm + " | " + ims);
            exchange.getResponseHeaders().add("ETag", ETAG);
            exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
            if (ETAG.equals(inm) || LAST_MODIFIED.equals(ims)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            TestServer.send(exchange, 200, "application/rss+xml; charset=utf-8", RSS.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void aFirstFetchReturnsTheBodyAndItsValidators() throws Exception {
        conditionalFeed("/feed", new CopyOnWriteArrayList<>());
        FeedResponse r = fetcher.fetch(server.url("/feed"), null, null);
        assertEquals(200, r.status());
        assertEquals(RSS, new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(ETAG, r.etag());
        assertEquals(LAST_MODIFIED, r.lastModified());
        assertEquals("utf-8", r.charset().toLowerCase());
        assertNull(r.movedTo());
    }

    @Test
    void theValidatorsAreSentBackAndAnUnchangedFeedIs304WithoutABody() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        conditionalFeed("/feed", requests);
        for (int i = 0; i < 5; i++) { // the same kept-alive connection, again and again
            FeedResponse r = fetcher.fetch(server.url("/feed"), ETAG, LAST_MODIFIED);
            assertTrue(r.notModified());
            assertEquals(0, r.body().length);
        }
        assertEquals("\"v1\" | " + LAST_MODIFIED, requests.get(0));
        assertEquals(5, requests.size());
    }

    @Test
    void aGzippedFeedIsDecoded() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write(RSS.getBytes(StandardCharsets.UTF_8));
        }
        server.on("/feed.gz", exchange -> {
            assertEquals("gzip, deflate", exchange.getRequestHeaders().getFirst("Accept-Encoding"));
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            TestServer.send(exchange, 200, "application/rss+xml", packed.toByteArray());
        });
        assertArrayEquals(RSS.getBytes(StandardCharsets.UTF_8), fetcher.fetch(server.url("/feed.gz"), null, null).body());
    }

    @Test
    void aPermanentRedirectGivesTheNewAddressAndATemporaryOneDoesNot() throws Exception {
        server.page("/new", "application/rss+xml", RSS);
        server.redirect("/moved", 301, "/new");
        server.redirect("/elsewhere", 302, server.url("/new"));
        server.redirect("/moved-then-elsewhere", 308, "/elsewhere");
        FeedResponse moved = fetcher.fetch(server.url("/moved"), null, null);
        assertEquals(server.url("/new"), moved.movedTo());
        assertEquals(server.url("/new"), moved.url());
        assertNull(fetcher.fetch(server.url("/elsewhere"), null, null).movedTo());
        // only a chain of permanent moves moves the subscription, and only as far as it is permanent
        assertEquals(server.url("/elsewhere"), fetcher.fetch(server.url("/moved-then-elsewhere"), null, null).movedTo());
    }

    @Test
    void errorStatusesAreAnswersAndTheConnectionServesTheNextRequest() throws Exception {
        server.on("/gone", exchange -> TestServer.send(exchange, 410, "text/html",
                "<p>This feed is gone.</p>".getBytes(StandardCharsets.UTF_8)));
        server.on("/busy", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            TestServer.send(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
        server.page("/feed", "application/rss+xml", RSS);
        FeedResponse gone = fetcher.fetch(server.url("/gone"), null, null);
        assertEquals(410, gone.status());
        assertEquals("HTTP 410 Gone", gone.describe());
        assertEquals(0, gone.body().length);
        Instant before = Instant.now();
        FeedResponse busy = fetcher.fetch(server.url("/busy"), null, null);
        assertEquals(429, busy.status());
        assertNotNull(busy.retryAfter());
        assertTrue(!busy.retryAfter().isBefore(before.plusSeconds(119)), busy.retryAfter().toString());
        assertEquals(RSS, new String(fetcher.fetch(server.url("/feed"), null, null).body(), StandardCharsets.UTF_8));
    }

    @Test
    void credentialsInTheAddressGoToThatServerOnlyAndNotIntoTheAnswersAddress() throws Exception {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        server.on("/private", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            TestServer.send(exchange, 200, "application/rss+xml", RSS.getBytes(StandardCharsets.UTF_8));
        });
        FeedResponse r = fetcher.fetch(server.url("/private").replace("http://", "http://reader:s%40cret@"), null, null);
        assertEquals(server.url("/private"), r.url());
        assertEquals(List.of("Basic cmVhZGVyOnNAY3JldA=="), authorizations); // reader:s@cret
    }

    @Test
    void aFeedOverTheSizeCapFails() {
        server.page("/huge", "application/rss+xml", "<rss>" + "x".repeat(4096) + "</rss>");
        FeedFetcher small = new FeedFetcher(FetchSettings.defaults().withMaxBodyBytes(1024));
        FetchException e = assertThrows(FetchException.class, () -> small.fetch(server.url("/huge"), null, null));
        assertEquals("feed larger than 1 KB", e.getMessage());
    }

    @Test
    void aServerThatStopsSendingItsBodyTimesOut() {
        server.on("/stalls", exchange -> {
            exchange.sendResponseHeaders(200, 10_000);
            exchange.getResponseBody().write("<rss>".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            server.stall();
        });
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/stalls"), null, null));
        assertEquals("timed out after 1.5 s", e.getMessage());
    }

    @Test
    void aServerThatSendsItsHeadersByTheDropTimesOutAtTheTotalTimeout() throws Exception {
        // Each byte comes well within the read timeout; only the total bound ends it.
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread dripper = new Thread(() -> {
                try (Socket socket = listener.accept()) {
                    socket.getInputStream().read(new byte[4096]);
                    OutputStream out = socket.getOutputStream();
                    for (byte b : ("HTTP/1.1 200 OK\r\nX-Padding: " + "a".repeat(200)).getBytes(StandardCharsets.US_ASCII)) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(50);
                    }
                } catch (IOException | InterruptedException ignored) {
                    // the client hung up, as it should
                }
            });
            dripper.setDaemon(true);
            dripper.start();
            long start = System.nanoTime();
            FetchException e = assertThrows(FetchException.class,
                    () -> fetcher.fetch("http://127.0.0.1:" + listener.getLocalPort() + "/feed", null, null));
            assertEquals("timed out after 1.5 s", e.getMessage());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(8).toNanos());
        }
    }

    @Test
    void aRefusedConnectionAndSomethingThatIsNotHttpAreOneLineEach() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/feed";
        FetchException refused = assertThrows(FetchException.class, () -> fetcher.fetch(url, null, null));
        assertEquals("connection refused: 127.0.0.1:" + port, refused.getMessage());

        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread talker = new Thread(() -> {
                for (int i = 0; i < 2; i++) { // the client may try once more on a fresh connection
                    try (Socket socket = listener.accept()) {
                        InputStream in = socket.getInputStream();
                        in.read(new byte[4096]);
                        socket.getOutputStream().write("SSH-2.0-OpenSSH\r\n".getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException ignored) {
                        return;
                    }
                }
            });
            talker.setDaemon(true);
            talker.start();
            FetchException e = assertThrows(FetchException.class,
                    () -> fetcher.fetch("http://127.0.0.1:" + listener.getLocalPort() + "/feed", null, null));
            assertTrue(e.getMessage().startsWith("n"), e.getMessage()); // "not an HTTP answer" or "network error"
            assertTrue(e.getMessage().contains("127.0.0.1:" + listener.getLocalPort()), e.getMessage());
        }
    }
}
