package dev.lede.sync;

import dev.lede.fetch.TestServer;
import java.util.UUID;

/**
 * A site on loopback with one RSS feed of {@code n} stories and their article pages: the feed
 * carries a one-line summary, the page the full story, so a test can tell which was saved.
 */
public final class FeedSite implements AutoCloseable {
    public final TestServer server = new TestServer();
    public final String name = "s" + UUID.randomUUID().toString().substring(0, 8);
    private final int n;

    public FeedSite(int n) {
        this.n = n;
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            items.append("<item><title>").append(title(i)).append("</title><link>").append(link(i))
                    .append("</link><guid>").append(link(i)).append("</guid><description>Summary ").append(i)
                    .append(" only.</description><pubDate>Sun, 29 Nov 2026 0").append(i % 10)
                    .append(":00:00 GMT</pubDate></item>");
            String page = "<!DOCTYPE html><html><head><title>" + title(i) + "</title></head><body>"
                    + "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav><article><h1>" + title(i) + "</h1>"
                    + ("<p>" + fullText(i) + " The council met on Tuesday evening and argued for hours about the"
                    + " riverside road, the parking spaces along it and the shops that depend on them.</p>").repeat(4)
                    + "</article><footer>Copyright</footer></body></html>";
            server.page("/" + name + "/story-" + i + ".html", "text/html; charset=utf-8", page);
        }
        // One more item, whose page is gone: Lede keeps the server's copy of it.
        items.append("<item><title>Gone story of ").append(name).append("</title><link>").append(goneLink())
                .append("</link><guid>").append(goneLink()).append("</guid><description>&lt;p&gt;The feed's own words"
                        + " about the story that went away.&lt;/p&gt;</description></item>");
        server.on("/" + name + "/gone.html", e -> TestServer.send(e, 404, "text/html", new byte[0]));
        server.page("/" + name + "/feed.xml", "application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site " + name + "</title><link>"
                        + server.url("/" + name + "/") + "</link>" + items + "</channel></rss>");
    }

    public String feedUrl() {
        return server.url("/" + name + "/feed.xml");
    }

    public String link(int i) {
        return server.url("/" + name + "/story-" + i + ".html");
    }

    /** The link of the item whose page answers 404. */
    public String goneLink() {
        return server.url("/" + name + "/gone.html");
    }

    public String title(int i) {
        return "Story " + i + " of " + name;
    }

    /** A sentence only the article page has, never the feed. */
    public String fullText(int i) {
        return "Full text of story " + i + " on " + name + ".";
    }

    public int size() {
        return n;
    }

    @Override
    public void close() {
        server.close();
    }
}
