package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FetcherTest {
    private static final String ARTICLE =
            "<!doctype html><html><head><title>Bike lanes</title></head>"
            + "<body><p>The council voted 7-2.</p></body></html>";

    private final TestServer server = new TestServer();
    private final Fetcher fetcher = new Fetcher();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String failure(Fetcher with, String url) {
        return assertThrows(FetchException.class, () -> with.fetch(url)).getMessage();
    }

    private String failure(String url) {
        return failure(fetcher, url);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fetchesAnArticleWithItsBodyTypeCharsetAndUrl() throws Exception {
        server.page("/news", "text/html; charset=UTF-8", ARTICLE);

        Page page = fetcher.fetch(server.url("/news"));

        assertEquals(ARTICLE, new String(page.body(), StandardCharsets.UTF_8));
        assertEquals(server.url("/news"), page.url());
        assertEquals("text/html", page.contentType());
        assertEquals("UTF-8", page.charset());
    }

    @Test
    void leavesTheCharsetNullWhenTheHeaderNamesNone() throws Exception {
        server.page("/news", "text/html", ARTICLE);

        assertNull(fetcher.fetch(server.url("/news")).charset());
    }

    @Test
    void sendsAUserAgentNamingLedeAndAcceptsGzipAndDeflate() throws Exception {
        Map<String, String> seen = new ConcurrentHashMap<>();
        server.on("/news", exchange -> {
            seen.put("agent", exchange.getRequestHeaders().getFirst("User-Agent"));
            seen.put("encoding", exchange.getRequestHeaders().getFirst("Accept-Encoding"));
            TestServer.send(exchange, 200, "text/html", utf8(ARTICLE));
        });

        fetcher.fetch(server.url("/news"));

        assertEquals("Lede/0.1 (+terminal news reader)", seen.get("agent"));
        assertEquals("gzip, deflate", seen.get("encoding"));
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void followsARedirectToTheFinalUrl(int status) throws Exception {
        server.redirect("/old", status, server.url("/new")).page("/new", "text/html", ARTICLE);

        Page page = fetcher.fetch(server.url("/old"));

        assertEquals(server.url("/new"), page.url());
        assertEquals(ARTICLE, new String(page.body(), StandardCharsets.UTF_8));
    }

    @Test
    void resolvesARelativeLocationAgainstTheRedirectingUrl() throws Exception {
        server.redirect("/2025/03/story", 302, "../../archive/story?id=7")
                .page("/archive/story", "text/html", ARTICLE);

        assertEquals(server.url("/archive/story?id=7"), fetcher.fetch(server.url("/2025/03/story")).url());
    }

    @Test
    void followsAChainOfRedirects() throws Exception {
        server.redirect("/a", 301, "/b").redirect("/b", 302, "/c").redirect("/c", 307, "/d")
                .page("/d", "text/html", ARTICLE);

        assertEquals(server.url("/d"), fetcher.fetch(server.url("/a")).url());
    }

    @Test
    void reportsARedirectLoopAtTheUrlThatClosesIt() {
        server.redirect("/ping", 302, "/pong").redirect("/pong", 302, "/ping");

        assertEquals("redirect loop at " + server.url("/ping"), failure(server.url("/ping")));
    }

    @Test
    void givesUpAfterTheMaximumNumberOfRedirects() {
        for (int i = 0; i < 5; i++) {
            server.redirect("/hop" + i, 302, "/hop" + (i + 1));
        }
        server.page("/hop5", "text/html", ARTICLE);
        Fetcher twoHops = new Fetcher(FetchSettings.defaults().withMaxRedirects(2));

        assertEquals("too many redirects (more than 2)", failure(twoHops, server.url("/hop0")));
    }

    @Test
    void replaysACookieSetByARedirectToTheSameUrl() throws Exception {
        // Consent walls set a cookie and send the reader back to the same address.
        server.on("/story", exchange -> {
            String cookie = exchange.getRequestHeaders().getFirst("Cookie");
            if ("consent=yes".equals(cookie)) {
                TestServer.send(exchange, 200, "text/html", utf8(ARTICLE));
            } else {
                exchange.getResponseHeaders().add("Set-Cookie", "consent=yes; Path=/; HttpOnly");
                exchange.getResponseHeaders().add("Location", "/story");
                TestServer.send(exchange, 302, null, new byte[0]);
            }
        });

        assertEquals(server.url("/story"), fetcher.fetch(server.url("/story")).url());
    }

    @Test
    void refusesARedirectToANonHttpScheme() {
        server.redirect("/file", 302, "ftp://files.example/report.txt");

        assertEquals("only http and https URLs can be saved: ftp://files.example/report.txt",
                failure(server.url("/file")));
    }

    @ParameterizedTest
    @CsvSource({"404, HTTP 404 Not Found", "410, HTTP 410 Gone", "500, HTTP 500 Internal Server Error",
            "503, HTTP 503 Service Unavailable", "599, HTTP 599"})
    void reportsAnErrorStatusWithItsStandardReason(int status, String message) {
        server.on("/page", exchange -> TestServer.send(exchange, status, "text/html",
                utf8("<p>secret page text</p>")));

        assertEquals(message, failure(server.url("/page")));
    }

    @Test
    void timesOutWhenTheServerStallsMidBody() {
        server.on("/slow", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 100_000);
            OutputStream out = exchange.getResponseBody();
            out.write(utf8("<html><body><p>The first part arrives, then"));
            out.flush();
            server.stall();
        });
        Fetcher impatient = new Fetcher(FetchSettings.defaults().withTotalTimeout(Duration.ofMillis(500)));

        long start = System.nanoTime();
        String message = failure(impatient, server.url("/slow"));

        assertEquals("timed out after 500 ms", message);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "took too long");
    }

    @Test
    void endsAFetchWaitingForAnAnswerWhenItsThreadIsInterrupted() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        server.on("/silent", exchange -> {
            asked.countDown();
            server.stall();
        });
        AtomicReference<String> message = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                fetcher.fetch(server.url("/silent"));
            } catch (FetchException e) {
                message.set(e.getMessage());
            }
        });

        reader.start();
        asked.await();
        reader.interrupt();
        reader.join(5000);

        assertEquals("interrupted", message.get());
    }

    @Test
    void timesOutWhenTheServerNeverAnswers() {
        server.on("/silent", exchange -> server.stall());
        Fetcher impatient = new Fetcher(FetchSettings.defaults().withTotalTimeout(Duration.ofMillis(300)));

        assertEquals("timed out after 300 ms", failure(impatient, server.url("/silent")));
    }

    @Test
    void refusesABodyLargerThanTheCap() {
        server.page("/big", "text/html", "<p>" + "x".repeat(5000) + "</p>");
        Fetcher small = new Fetcher(FetchSettings.defaults().withMaxBodyBytes(1024));

        assertEquals("page larger than 1 KB", failure(small, server.url("/big")));
    }

    @Test
    void refusesALargeBodySentWithoutALength() {
        server.on("/big", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0); // chunked: the size is only known by reading
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(utf8("y".repeat(100)));
                }
            } catch (IOException clientHungUp) {
                // expected once the fetcher stops reading
            }
        });
        Fetcher small = new Fetcher(FetchSettings.defaults().withMaxBodyBytes(1000));

        assertEquals("page larger than 1000 bytes", failure(small, server.url("/big")));
    }

    @Test
    void capsTheSizeAfterDecompressingGzip() throws Exception {
        byte[] compressed = gzip(utf8("<p>" + "z".repeat(200_000) + "</p>"));
        server.on("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            TestServer.send(exchange, 200, "text/html", compressed);
        });
        Fetcher small = new Fetcher(FetchSettings.defaults().withMaxBodyBytes(64 * 1024));

        assertTrue(compressed.length < 64 * 1024);
        assertEquals("page larger than 64 KB", failure(small, server.url("/bomb")));
    }

    @Test
    void decodesAGzipBody() throws Exception {
        server.on("/news", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            TestServer.send(exchange, 200, "text/html; charset=utf-8", gzip(utf8(ARTICLE)));
        });

        assertArrayEquals(utf8(ARTICLE), fetcher.fetch(server.url("/news")).body());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void decodesADeflateBodyWithOrWithoutTheZlibWrapper(boolean raw) throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(compressed, new Deflater(6, raw))) {
            out.write(utf8(ARTICLE));
        }
        server.on("/news", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "deflate");
            TestServer.send(exchange, 200, "text/html", compressed.toByteArray());
        });

        assertArrayEquals(utf8(ARTICLE), fetcher.fetch(server.url("/news")).body());
    }

    @Test
    void refusesAnEncodingItDidNotAskFor() {
        server.on("/news", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "br");
            TestServer.send(exchange, 200, "text/html", new byte[] {11, 22, 33});
        });

        assertEquals("unsupported content encoding: br", failure(server.url("/news")));
    }

    @Test
    void reportsTheCharsetDeclaredInTheHeader() throws Exception {
        byte[] latin = "<p>caf\u00e9 \u201cquoted\u201d</p>".getBytes("windows-1252");
        server.page("/news", "text/html; charset=Windows-1252", latin);

        Page page = fetcher.fetch(server.url("/news"));

        assertEquals("windows-1252", page.charset());
        assertArrayEquals(latin, page.body());
    }

    @Test
    void refusesAPdfNamingItsType() {
        server.page("/report.pdf", "application/pdf", utf8("%PDF-1.7\n..."));

        assertEquals("not an article: application/pdf", failure(server.url("/report.pdf")));
    }

    @Test
    void refusesAPngNamingItsType() {
        server.page("/photo", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});

        assertEquals("not an article: image/png", failure(server.url("/photo")));
    }

    @Test
    void refusesAPngServedWithoutAContentType() {
        server.page("/photo", null, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});

        assertEquals("not an article: image/png", failure(server.url("/photo")));
    }

    @Test
    void refusesAPdfMislabelledAsHtml() {
        server.page("/report", "text/html", utf8("%PDF-1.4\n..."));

        assertEquals("not an article: application/pdf", failure(server.url("/report")));
    }

    @Test
    void sniffsHtmlWhenTheServerSendsNoContentType() throws Exception {
        server.page("/news", null, "\n  " + ARTICLE);

        assertEquals("text/html", fetcher.fetch(server.url("/news")).contentType());
    }

    @Test
    void sniffsHtmlBehindTheCatchAllBinaryType() throws Exception {
        server.page("/news", "application/octet-stream", ARTICLE);

        assertEquals("text/html", fetcher.fetch(server.url("/news")).contentType());
    }

    @Test
    void refusesUnknownBinaryData() {
        server.page("/blob", null, new byte[] {0, 1, 2, 3, 0, 5, 6, 7});

        assertEquals("not an article: application/octet-stream", failure(server.url("/blob")));
    }

    @Test
    void acceptsPlainText() throws Exception {
        server.page("/notes.txt", "text/plain; charset=utf-8", "Title\n\nSome words.");

        assertEquals("text/plain", fetcher.fetch(server.url("/notes.txt")).contentType());
    }

    @Test
    void reportsAnEmptyPage() {
        server.page("/empty", "text/html", new byte[0]);

        assertEquals("empty page", failure(server.url("/empty")));
    }

    @Test
    void reportsARefusedConnectionWithHostAndPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        assertEquals("connection refused: 127.0.0.1:" + port, failure("http://127.0.0.1:" + port + "/"));
    }

    @Test
    void refusesANonHttpScheme() {
        assertEquals("only http and https URLs can be saved: ftp://files.example/report.txt",
                failure("ftp://files.example/report.txt"));
    }

    @Test
    void refusesAUrlWithoutAScheme() {
        assertEquals("only http and https URLs can be saved: example.com/story", failure("example.com/story"));
        assertEquals("not a web address: /tmp/page.html", failure("/tmp/page.html"));
        assertEquals("not a web address: ./page.html", failure("./page.html"));
        assertEquals("only http and https URLs can be saved: //example.com/story", failure("//example.com/story"),
                "protocol-relative: no file");
    }

    @Test
    void savesTheFinalUrlWithoutItsFragment() throws Exception {
        server.page("/news", "text/html", ARTICLE);

        assertEquals(server.url("/news"), fetcher.fetch(server.url("/news#comments")).url());
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
