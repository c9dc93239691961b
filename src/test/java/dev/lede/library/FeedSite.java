package dev.lede.library;

import com.sun.net.httpserver.HttpExchange;
import dev.lede.fetch.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback site serving feeds (with ETags and 304s) and article pages, counting requests. */
final class FeedSite implements AutoCloseable {
    final TestServer server = new TestServer();
    final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    private final ConcurrentHashMap<String, String> feeds = new ConcurrentHashMap<>();

    /** An item of a generated RSS feed. */
    record Item(String guid, String title, String link, String description) {
    }

    /** Serves an RSS feed at {@code path}, answering 304 to a matching If-None-Match. */
    FeedSite rss(String path, String title, List<Item> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>").append(url("/")).append("</link>");
        for (Item i : items) {
            xml.append("<item><guid>").append(i.guid()).append("</guid><title>").append(i.title()).append("</title>");
            if (i.link() != null) {
                xml.append("<link>").append(i.link()).append("</link>");
            }
            xml.append("<pubDate>Sun, 02 Mar 2025 10:00:00 +0100</pubDate><author>x@y.example (Feed Author)</author>")
                    .append("<description><![CDATA[").append(i.description()).append("]]></description></item>");
        }
        xml.append("</channel></rss>");
        // Serving a path again replaces its feed (the server's contexts cannot be replaced).
        boolean first = feeds.put(path, xml.toString()) == null;
        if (first) {
            server.on(path, exchange -> counted(exchange, () -> {
                String current = feeds.get(path);
                byte[] body = current.getBytes(StandardCharsets.UTF_8);
                String etag = "\"" + Integer.toHexString(current.hashCode()) + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
                exchange.getResponseHeaders().add("ETag", etag);
                TestServer.send(exchange, 200, "application/rss+xml", body);
            }));
        }
        return this;
    }

    /**
     * An article page about {@code subject} (its title and heading) of {@code paragraphs}
     * paragraphs, "This is paragraph 0 of the full story about ..." on, by 'Page Author'.
     */
    static String page(String subject, int paragraphs) {
        StringBuilder html = new StringBuilder("<html><head><title>").append(subject)
                .append("</title><meta name=author content='Page Author'></head><body><nav><a href=/>Home</a></nav>")
                .append("<article><h1>").append(subject).append("</h1>");
        for (int p = 0; p < paragraphs; p++) {
            html.append("<p>This is paragraph ").append(p).append(" of the full story about ").append(subject)
                    .append(". It carries enough words for the extractor to keep it as the article body,")
                    .append(" with details, quotes from residents and the council, and numbers.</p>");
        }
        return html.append("</article><footer>Copyright</footer></body></html>").toString();
    }

    /** Serves an article page with a few paragraphs about {@code subject}. */
    FeedSite article(String path, String subject) {
        byte[] body = page(subject, 5).getBytes(StandardCharsets.UTF_8);
        server.on(path, exchange -> counted(exchange, () -> TestServer.send(exchange, 200, "text/html; charset=utf-8", body)));
        return this;
    }

    FeedSite status(String path, int status, String header, String value) {
        server.on(path, exchange -> counted(exchange, () -> {
            if (header != null) {
                exchange.getResponseHeaders().add(header, value);
            }
            TestServer.send(exchange, status, "text/plain", "no".getBytes(StandardCharsets.UTF_8));
        }));
        return this;
    }

    FeedSite on(String path, TestServer.Handler handler) {
        server.on(path, exchange -> counted(exchange, () -> handler.handle(exchange)));
        return this;
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    String url(String path) {
        return server.url(path);
    }

    private interface Body {
        void run() throws Exception;
    }

    private void counted(HttpExchange exchange, Body body) throws Exception {
        hits.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
        int now = running.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try {
            Thread.sleep(20); // long enough for concurrent requests to overlap
            body.run();
        } finally {
            running.decrementAndGet();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
