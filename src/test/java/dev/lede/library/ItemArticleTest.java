package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.Fetcher;
import dev.lede.fetch.TestServer;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An item read as an article, the way both the feed refresh and the sync read one; pages from a loopback server. */
class ItemArticleTest {
    private final TestServer server = new TestServer();
    private final Fetcher fetcher = new Fetcher();

    @AfterEach
    void close() {
        server.close();
    }

    private ItemArticle.Read read(ItemArticle.Item item, String path) {
        return ItemArticle.read(item, path == null ? null : server.url(path), "https://feed.example/?lede-item=1",
                fetcher::fetch);
    }

    @Test
    void thePageIsTheArticleWithTheItemsDateAndAuthor() {
        server.page("/story", "text/html", FeedSite.page("Riverside bike lanes", 6));
        ItemArticle.Read read = read(new ItemArticle.Item("Lanes (feed title)", "Feed Author",
                "2025-03-02T10:00:00+01:00", "<p>A short summary.</p>", "<p>A short summary.</p>"), "/story");
        assertFalse(read.fromItem());
        assertEquals(server.url("/story"), read.url());
        assertTrue(read.article().text().contains("paragraph 5 of the full story about Riverside bike lanes"));
        assertEquals("Riverside bike lanes", read.article().title(), "the page's own title, when it has one");
        assertEquals("Feed Author", read.article().byline());
        assertEquals("2025-03-02T10:00:00+01:00", read.article().published());
    }

    @Test
    void theAddressIsSavedWithoutUserInfoAndKeyedAsRead() {
        server.page("/story", "text/html", FeedSite.page("Riverside bike lanes", 6));
        ItemArticle.Item item = new ItemArticle.Item("Lanes", null, null, null, "<p>A short summary.</p>");
        ItemArticle.Read page = read(item, "/story");
        assertEquals(server.url("/story"), page.url());
        assertEquals(UrlNormalizer.key(server.url("/story")).orElseThrow(), page.key());

        ItemArticle.Read own = ItemArticle.read(item, null, "https://reader:secret@feed.example/a", fetcher::fetch);
        assertEquals("https://feed.example/a", own.url(), "credentials are never stored");
        assertEquals(UrlNormalizer.key("https://reader:secret@feed.example/a").orElseThrow(), own.key(),
                "the key the refresh looked the item up by");
    }

    @Test
    void aFailingPageOrNoLinkLeavesTheItemsContentUnderItsOwnAddress() {
        server.on("/broken", e -> TestServer.send(e, 500, "text/plain", new byte[0]));
        ItemArticle.Item item = new ItemArticle.Item("Council votes", " ", null, null,
                "<p>The council voted seven to two on Tuesday to build the lanes, ending a long dispute.</p>");
        for (String path : new String[] {"/broken", null}) {
            ItemArticle.Read read = read(item, path);
            assertTrue(read.fromItem());
            assertEquals("https://feed.example/?lede-item=1", read.url());
            assertEquals("Council votes", read.article().title());
            assertTrue(read.article().text().contains("voted seven to two"), read.article().text());
            assertEquals(null, read.article().byline(), "a blank author is none");
        }
    }

    @Test
    void aTeaserPageGivesWayToTheItemsRicherContent() {
        server.page("/teaser", "text/html", FeedSite.page("Subscribe to read", 1));
        String full = "<p>" + String.join(" ", Collections.nCopies(120, "word")) + "</p>";
        ItemArticle.Read read = read(new ItemArticle.Item("The whole story", null, null, full, full), "/teaser");
        assertTrue(read.fromItem());
        assertEquals("The whole story", read.article().title());
        assertTrue(read.article().wordCount() >= 120, "words: " + read.article().wordCount());
    }

    @Test
    void htmlTooShortForTheExtractorIsStillSavedAsText() {
        ItemArticle.Read read = read(new ItemArticle.Item("Ferry fares", null, null, null, "<p>Fares rise &amp; fall.</p>"),
                null);
        assertTrue(read.article().text().contains("Fares rise & fall."), read.article().text());
    }

    @Test
    void shortHtmlHasEveryCharacterReferenceRead() {
        ItemArticle.Read read = read(new ItemArticle.Item("Ferry fares", null, null, null,
                "<p>The mayor&#8217;s plan&#x2026; costs &euro;3&nbsp;million.</p>"), null);
        assertTrue(read.article().text().contains("The mayor\u2019s plan\u2026 costs \u20ac3 million."), read.article().text());
    }

    @Test
    void plainTextContentKeepsItsParagraphs() {
        ItemArticle.Read read = read(new ItemArticle.Item("A note", null, null, null,
                "First line & more.\n\nSecond <part> of it."), null);
        assertTrue(read.article().text().contains("First line & more."), read.article().text());
        assertTrue(read.article().text().contains("Second <part> of it."), read.article().text());
    }

    @Test
    void anItemWithNothingButATitleIsItsTitleAndWithoutOneIsUntitled() {
        ItemArticle.Read titled = read(new ItemArticle.Item("Just <a> title", null, null, null, "  "), null);
        assertEquals("Just <a> title", titled.article().text());
        assertEquals("<p>Just &lt;a&gt; title</p>", titled.article().html());
        assertEquals("Untitled item", read(new ItemArticle.Item(null, null, null, null, null), null).article().title());
        assertEquals("Untitled item", read(new ItemArticle.Item("", null, null, null, null), null).article().title());
    }
}
