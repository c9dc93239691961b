package dev.lede.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * For bench/feeds.sh: serves FEEDS generated RSS feeds of ITEMS items each from loopback, spread
 * over HOSTS addresses (127.0.0.1, 127.0.0.2, ...: all loopback on Linux) as feeds are spread over
 * sites, with each item's page (one of the pages in PAGES_DIR, its canonical link removed so that
 * every item is its own article). Feeds carry their items' full text in content:encoded, an ETag
 * and a Last-Modified, and answer 304 to a matching If-None-Match or If-Modified-Since. Writes the feed list as a newsboat urls file to
 * URLS_FILE, then serves until killed.
 *
 * <pre>java -cp target/lede.jar:target/test-classes dev.lede.bench.FeedServer FEEDS ITEMS PAGES_DIR HOSTS URLS_FILE</pre>
 */
public final class FeedServer {
    private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\"[^>]*>");
    private static final Pattern PARAGRAPH = Pattern.compile("<p>[^<]*</p>");
    private static final Pattern TITLE = Pattern.compile("<title>([^<|]*)");
    private static final String LAST_MODIFIED = "Sun, 02 Mar 2025 10:00:00 GMT";

    public static void main(String[] args) throws Exception {
        int feeds = Integer.parseInt(args[0]);
        int items = Integer.parseInt(args[1]);
        List<byte[]> pages = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[2]))) {
            for (Path file : files.sorted().toList()) {
                String html = CANONICAL.matcher(Files.readString(file)).replaceAll("");
                pages.add(html.getBytes(StandardCharsets.UTF_8));
                StringBuilder body = new StringBuilder();
                Matcher p = PARAGRAPH.matcher(html);
                while (p.find()) {
                    body.append(p.group());
                }
                bodies.add(body.toString());
                Matcher t = TITLE.matcher(html);
                titles.add(t.find() ? t.group(1).strip() : file.getFileName().toString());
            }
        }
        int hosts = Integer.parseInt(args[3]);
        List<String> bases = new ArrayList<>();
        List<HttpServer> servers = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0." + (h + 1), 0), 256);
            server.setExecutor(Executors.newFixedThreadPool(4));
            servers.add(server);
            bases.add("http://127.0.0." + (h + 1) + ":" + server.getAddress().getPort());
        }
        StringBuilder urls = new StringBuilder("# bench/feeds.sh: " + feeds + " feeds x " + items + " items\n");
        for (int f = 0; f < feeds; f++) {
            int host = f % hosts;
            String base = bases.get(host);
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                    + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Feed " + f
                    + "</title><link>" + base + "/</link>\n");
            for (int i = 0; i < items; i++) {
                int page = (f * items + i) % pages.size();
                String link = base + "/f" + f + "/" + i + ".html";
                xml.append("<item><title>").append(titles.get(page)).append("</title><link>").append(link)
                        .append("</link><guid>").append(link).append("</guid><pubDate>Sun, 02 Mar 2025 10:")
                        .append(String.format("%02d", i % 60)).append(":00 GMT</pubDate><description>Item ").append(i)
                        .append(" of feed ").append(f).append("</description><content:encoded><![CDATA[")
                        .append(bodies.get(page)).append("]]></content:encoded></item>\n");
            }
            byte[] body = xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
            int feed = f;
            servers.get(host).createContext("/feed/" + f + ".xml", exchange -> {
                try (exchange) {
                    // Validators both ways, as real servers send them: newsboat uses either.
                    if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                            || LAST_MODIFIED.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                        exchange.sendResponseHeaders(304, -1);
                        return;
                    }
                    exchange.getResponseHeaders().add("ETag", "\"v1\"");
                    exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
                    send(exchange, "application/rss+xml", body);
                }
            });
            urls.append(base).append("/feed/").append(feed).append(".xml bench\n");
        }
        for (HttpServer server : servers) {
            server.createContext("/f", exchange -> {
                try (exchange) {
                    Matcher m = Pattern.compile("/f(\\d+)/(\\d+)\\.html").matcher(exchange.getRequestURI().getPath());
                    if (!m.matches()) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    int page = (Integer.parseInt(m.group(1)) * items + Integer.parseInt(m.group(2))) % pages.size();
                    send(exchange, "text/html; charset=utf-8", pages.get(page));
                }
            });
            server.start();
        }
        Files.writeString(Path.of(args[4]), urls);
        System.out.println("serving " + feeds + " feeds x " + items + " items on " + hosts + " loopback hosts");
        Thread.currentThread().join();
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
