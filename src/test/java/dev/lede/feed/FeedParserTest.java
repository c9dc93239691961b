package dev.lede.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        }
    }

    static ParsedFeed parse(String name, String url) throws Exception {
        return FeedParser.parse(fixture(name), url, null);
    }

    @Test
    void readsRss2WithContentAuthorsAndRelativeLinks() throws Exception {
        ParsedFeed feed = parse("rss2.xml", "https://news.example/feed.xml");
        assertEquals("rss", feed.format());
        assertEquals("River & Town News", feed.title());
        assertEquals("https://news.example/", feed.link());
        assertEquals(2, feed.items().size());
        FeedItem first = feed.items().get(0);
        assertEquals("news-1001", first.id());
        assertEquals("Council approves riverside bike lanes", first.title());
        assertEquals("https://news.example/2025/03/bike-lanes", first.link());
        assertEquals("2025-03-02T10:15:00+01:00", first.published());
        assertEquals("Jane Doe", first.author());
        assertEquals(List.of("city", "transit"), first.categories());
        assertEquals("<p>The council voted 7-2.</p>", first.summary());
        assertEquals("<p>The city council voted 7-2 on Tuesday.</p><p>Second paragraph.</p>", first.content());
        FeedItem second = feed.items().get(1);
        assertEquals("2025-02-27T08:00:00-05:00", second.published());
        assertEquals("Sam Roe", second.author());
        assertNull(second.content());
    }

    @Test
    void readsRss091WithItsDoctype() throws Exception {
        ParsedFeed feed = parse("rss091.xml", null);
        assertEquals("Old School", feed.title());
        assertEquals("http://old.example/first.html", feed.items().get(0).link());
        assertEquals("Hello from 1999", feed.items().get(0).summary());
    }

    @Test
    void readsRss1ItemsBesideTheChannel() throws Exception {
        ParsedFeed feed = parse("rss1.rdf", null);
        assertEquals("RDF Site", feed.title());
        FeedItem item = feed.items().get(0);
        assertEquals("An RDF item", item.title());
        assertEquals("2025-01-05T09:30:00-05:00", item.published());
        assertEquals("Ada", item.author());
        assertEquals(List.of("science"), item.categories());
    }

    @Test
    void readsAtomWithXmlBaseAndTextConstructs() throws Exception {
        ParsedFeed feed = parse("atom.xml", "https://blog.example/atom.xml");
        assertEquals("atom", feed.format());
        assertEquals("Ada's Blog", feed.title());
        assertEquals("https://blog.example/", feed.link());
        FeedItem first = feed.items().get(0);
        assertEquals("tag:blog.example,2025:1", first.id());
        assertEquals("Engines & numbers", first.title());
        assertEquals("https://blog.example/posts/engines.html", first.link());
        assertEquals("2025-03-01T09:00:00+02:00", first.published());
        assertEquals("2025-03-02T09:00:00Z", first.updated());
        assertEquals("Ada Lovelace", first.author(), "the feed's author stands in");
        assertEquals(List.of("Mathematics"), first.categories());
        assertEquals("Short & sweet", first.summary());
        // relative links inside the content follow the same xml:base chain as the entry's link
        assertTrue(first.content().contains("<p>An <a href=\"https://blog.example/posts/notes.html\">engine</a> that weaves.</p>"),
                first.content());
        FeedItem second = feed.items().get(1);
        assertEquals("https://elsewhere.example/plain", second.link());
        assertEquals("2025-02-01T08:00:00Z", second.updated());
        assertNull(second.published());
        assertEquals("Guest", second.author());
        assertEquals("<p>HTML &amp; more</p>", second.content());
    }

    @Test
    void readsJsonFeed() throws Exception {
        ParsedFeed feed = parse("feed.json", "https://json.example/feed.json");
        assertEquals("json", feed.format());
        assertEquals("JSON Times", feed.title());
        assertEquals("https://json.example/", feed.link());
        FeedItem two = feed.items().get(0);
        assertEquals("2", two.id());
        assertEquals("Second & last", two.title());
        assertEquals("https://json.example/posts/two", two.link());
        assertEquals("2025-03-04T10:00:00-08:00", two.published());
        assertEquals("Kim", two.author());
        assertEquals(List.of("alpha", "beta"), two.categories());
        assertEquals("<p>Two</p>", two.content());
        FeedItem one = feed.items().get(1);
        assertEquals("1", one.id());
        assertEquals("https://json.example/posts/one", one.link());
        assertEquals("One < two", one.content(), "content_text as text, decoded");
        assertEquals("Editor", one.author());
        assertEquals("2025-03-01T00:00:00Z", one.updated());
    }

    @Test
    void malformedFeedStillGivesEveryItem() throws Exception {
        ParsedFeed feed = parse("malformed.xml", "https://bits.example/feed");
        assertEquals("Bits & Pieces — news", feed.title());
        assertEquals("https://bits.example/?a=1&b=2", feed.link());
        assertEquals(2, feed.items().size());
        FeedItem first = feed.items().get(0);
        assertEquals("Café opens today", first.title());
        assertEquals("https://bits.example/cafe?x=1&y=2", first.link());
        assertEquals("2025-03-04T07:05:09Z", first.published());
        assertTrue(first.summary().contains("<b>HTML</b>"), first.summary());
        assertEquals("Naïve résumé", feed.items().get(1).title(), "UTF-8 bytes under a Latin-1 declaration");
    }

    @Test
    void latin1BytesFollowTheirDeclaration() throws Exception {
        byte[] body = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Caf\u00e9</title></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Café", FeedParser.parse(body, null, null).title());
    }

    @Test
    void neverReadsExternalEntities() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY % dtd SYSTEM "http://127.0.0.1:9/evil.dtd"> %dtd; ]>
                <rss><channel><title>T &xxe;</title><item><title>&xxe;</title><link>https://x.example/</link></item></channel></rss>
                """;
        ParsedFeed feed = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), null, null);
        assertFalse(feed.title().contains("root:"), feed.title());
        assertEquals(1, feed.items().size());
        assertFalse(String.valueOf(feed.items().get(0).title()).contains("root:"));
    }

    @Test
    void neverExpandsEntitiesBillionLaughs() throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                xml.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            xml.append("\">\n");
        }
        xml.append("]>\n<rss><channel><title>Laughs &lol9;</title><item><title>x</title></item></channel></rss>");
        ParsedFeed feed = FeedParser.parse(xml.toString().getBytes(StandardCharsets.UTF_8), null, null);
        assertTrue(feed.title().length() < 40, feed.title());
        assertEquals(1, feed.items().size());
    }

    @Test
    void deeplyNestedMarkupAndManyItemsDoNotBreakTheParse() throws Exception {
        StringBuilder xml = new StringBuilder("<rss><channel><title>Deep</title><item><title>");
        xml.append("<b>".repeat(50_000)).append("deep").append("</b>".repeat(50_000)).append("</title><description>");
        xml.append("<div>".repeat(50_000)).append("text").append("</item>");
        for (int i = 0; i < FeedParser.MAX_ITEMS + 10; i++) {
            xml.append("<item><title>n").append(i).append("</title></item>");
        }
        xml.append("</channel></rss>");
        ParsedFeed feed = FeedParser.parse(xml.toString().getBytes(StandardCharsets.UTF_8), null, null);
        assertEquals("Deep", feed.title());
        assertEquals(FeedParser.MAX_ITEMS, feed.items().size(), "items past the cap are ignored");
    }

    @Test
    void refusesWhatIsNotAFeed() {
        FeedException html = assertThrows(FeedException.class, () ->
                FeedParser.parse("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), null, null));
        assertTrue(html.getMessage().startsWith("not a feed"), html.getMessage());
        assertThrows(FeedException.class, () -> FeedParser.parse("{\"a\":1}".getBytes(StandardCharsets.UTF_8), null, null));
        assertThrows(FeedException.class, () -> FeedParser.parse("{\"a\":".getBytes(StandardCharsets.UTF_8), null, null));
        assertThrows(FeedException.class, () -> FeedParser.parse(new byte[FeedParser.MAX_BYTES + 1], null, null));
    }

    @Test
    void itemKeyFallsBackToLinkThenContent() {
        assertEquals("g", new FeedItem("g", null, "l", null, null, null, null, null, List.of()).key());
        assertEquals("l", new FeedItem(null, null, "l", null, null, null, null, null, List.of()).key());
        assertTrue(new FeedItem(null, "t", null, null, null, null, "s", null, List.of()).key().startsWith("hash:"));
    }
}
