package dev.lede.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.fetch.FetchSettings;
import dev.lede.fetch.TestServer;
import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import dev.lede.model.Feed;
import dev.lede.query.QueryParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsTest {
    @TempDir
    Path dir;
    FeedSite site;
    Library library;
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void open() {
        site = new FeedSite();
        library = Library.open(dir.resolve("lede.db"));
    }

    @AfterEach
    void close() {
        release.countDown();
        library.close();
        site.close();
    }

    Feeds feeds() {
        return library.feeds().withFetchSettings(FetchSettings.defaults()
                .withTotalTimeout(Duration.ofMillis(1500)).withConnectTimeout(Duration.ofSeconds(1)));
    }

    FeedSite.Item item(String n, String path) {
        return new FeedSite.Item("guid-" + n, "Item " + n, path == null ? null : site.url(path),
                "<p>Summary of item " + n + " from the feed.</p>");
    }

    @Test
    void subscribingSavesEachItemWithTheFullTextOfItsPage() {
        site.article("/a1", "Riverside bike lanes").article("/a2", "Harbour ferry fares")
                .rss("/feed", "Town News", List.of(item("2", "/a2"), item("1", "/a1")));
        Feeds.Subscription s = feeds().subscribe(site.url("/feed"), List.of("Local"), false, true, 4);
        assertInstanceOf(Feeds.Subscribed.class, s);
        assertTrue(s.message().matches("subscribed #\\d+: Town News \\(2 new articles\\)"), s.message());
        List<ArticleSummary> rows = library.list(QueryParser.parse("feed:\"town news\""), 0, 10);
        assertEquals(2, rows.size());
        Article a = library.get(rows.stream().filter(r -> r.url().endsWith("/a1")).findFirst().orElseThrow().id()).orElseThrow();
        assertTrue(a.text().contains("paragraph 4 of the full story about Riverside bike lanes"), a.text());
        assertEquals("2025-03-02T10:00:00+01:00", a.published(), "the feed's date");
        assertEquals("Feed Author", a.byline(), "the feed's author");
        assertEquals(List.of("local"), a.tags(), "the feed's tags");
        Feed feed = feeds().list().get(0);
        assertEquals(2, feed.articles());
        assertEquals(2, feed.unread());
        assertEquals("ok", feed.status());
        assertEquals(site.url("/"), feed.site());
    }

    @Test
    void aSecondRefreshOfAnUnchangedFeedIsOne304AndNoPageFetches() {
        site.article("/a1", "Lanes").rss("/feed", "News", List.of(item("1", "/a1")));
        feeds().subscribe(site.url("/feed"), List.of(), false, true, 2);
        FeedRefresh.Summary summary = feeds().refresh(List.of(), 4, true, new FeedRefresh.Listener() { });
        assertEquals("0 new articles from 1 feed, 0 failed", summary.line());
        assertEquals("no change", summary.reports().get(0).outcome());
        assertEquals(2, site.hits("/feed"));
        assertEquals(1, site.hits("/a1"));
    }

    @Test
    void anItemWhosePageFailsIsSavedFromTheFeedsOwnContent() {
        site.status("/broken", 500, null, null).on("/pdf", e -> TestServer.send(e, 200, "application/pdf",
                        "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .rss("/feed", "News", List.of(item("1", "/broken"), item("2", "/pdf"), item("3", null)));
        Feeds.Subscription s = feeds().subscribe(site.url("/feed"), List.of(), false, true, 2);
        FeedReport report = ((Feeds.Subscribed) s).report();
        assertEquals(3, report.newArticles());
        assertEquals(3, report.fromFeed());
        List<ArticleSummary> rows = library.list(QueryParser.parse("feed:1"), 0, 10);
        assertEquals(3, rows.size());
        for (ArticleSummary row : rows) {
            Article a = library.get(row.id()).orElseThrow();
            assertTrue(a.text().contains("from the feed"), a.text());
        }
    }

    @Test
    void anItemWhoseLinkIsNoWebPageIsSavedFromTheFeedUnderAnAddressOfItsOwn() {
        site.article("/a1", "Riverside bike lanes").rss("/feed", "News", List.of(
                new FeedSite.Item("m", "Write to us", "mailto:editor@example.com", "<p>Mail from the feed.</p>"),
                new FeedSite.Item("f", "Files", "ftp://files.example.com/a", "<p>Files from the feed.</p>"),
                new FeedSite.Item("u", "Shouted", site.url("/a1").replace("http://", "HTTP://"), "<p>x</p>")));
        FeedReport report = ((Feeds.Subscribed) feeds().subscribe(site.url("/feed"), List.of(), false, true, 2)).report();
        assertEquals(3, report.newArticles());
        assertEquals(2, report.fromFeed(), "the mail and ftp links are not fetched");
        assertEquals(1, site.hits("/a1"), "an upper-case scheme is still a web page");
        List<String> urls = library.list(QueryParser.parse("feed:1"), 0, 10).stream().map(ArticleSummary::url).sorted().toList();
        assertEquals(3, urls.size());
        assertEquals(2, urls.stream().filter(u -> u.startsWith(site.url("/feed") + "?lede-item=")).count(), urls.toString());
    }

    @Test
    void aJsonFeedsPlainTextContentIsSavedAsParagraphs() {
        site.on("/feed.json", e -> TestServer.send(e, 200, "application/feed+json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Notes", "items": [
                  {"id": "n1", "title": "A note", "content_text": "First line & more.\\n\\nSecond <part> of it."}]}"""
                .getBytes(StandardCharsets.UTF_8)));
        feeds().subscribe(site.url("/feed.json"), List.of(), false, true, 2);
        Article a = library.get(library.list(QueryParser.parse("feed:notes"), 0, 1).get(0).id()).orElseThrow();
        assertEquals("A note", a.title());
        assertTrue(a.text().contains("First line & more.") && a.text().contains("Second <part> of it."), a.text());
    }

    @Test
    void theSameItemInTwoFeedsOrAlreadyAddedIsOneArticle() {
        site.article("/shared", "Shared story").article("/added", "Added before")
                .rss("/one", "One", List.of(item("s", "/shared"), item("a", "/added")))
                .rss("/two", "Two", List.of(new FeedSite.Item("other-guid", "Shared", site.url("/shared"), "x")));
        assertFalse(library.add(site.url("/added"), List.of()).failed());
        feeds().subscribe(site.url("/one"), List.of(), false, true, 2);
        feeds().subscribe(site.url("/two"), List.of(), false, true, 2);
        assertEquals(2, library.count(QueryParser.parse("")));
        assertEquals(1, site.hits("/shared"));
        assertEquals(1, site.hits("/added"));
        assertEquals(2, library.count(QueryParser.parse("feed:One")));
        assertEquals(1, library.count(QueryParser.parse("feed:two")));
    }

    @Test
    void aPageThatNamesItsFeedIsSubscribedThroughAutodiscovery() {
        site.rss("/feed.xml", "Discovered", List.of(item("1", null)))
                .on("/", e -> TestServer.send(e, 200, "text/html", ("<html><head><link rel=alternate"
                        + " type=application/rss+xml href=/feed.xml></head><body>hi</body></html>").getBytes(StandardCharsets.UTF_8)));
        Feeds.Subscription s = feeds().subscribe(site.url("/"), List.of(), false, false, 2);
        assertTrue(s.message().startsWith("subscribed #1: Discovered (0 new articles)"), s.message());
        assertEquals(site.url("/feed.xml"), feeds().list().get(0).url());
        assertEquals("already subscribed as #1", feeds().subscribe(site.url("/feed.xml"), List.of(), false, true, 2).message());
        assertEquals(1, feeds().refresh(List.of(), 2, true, new FeedRefresh.Listener() { }).newArticles());
    }

    @Test
    void aPermanentRedirectUpdatesTheFeedsAddress() {
        site.rss("/new", "Moved", List.of(item("1", null)));
        feeds().subscribeOffline(site.url("/old"), null, List.of());
        site.server.redirect("/old", 301, site.url("/new"));
        FeedRefresh.Summary summary = feeds().refresh(List.of(), 2, false, new FeedRefresh.Listener() { });
        assertEquals(1, summary.newArticles());
        assertEquals(site.url("/new"), feeds().list().get(0).url());
    }

    @Test
    void aTemporaryRedirectKeepsTheAddress() {
        site.rss("/new", "Moved", List.of(item("1", null)));
        feeds().subscribeOffline(site.url("/old"), null, List.of());
        site.server.redirect("/old", 302, site.url("/new"));
        feeds().refresh(List.of(), 2, false, new FeedRefresh.Listener() { });
        assertEquals(site.url("/old"), feeds().list().get(0).url());
    }

    @Test
    void a410MarksTheFeedGoneAndStopsPollingIt() {
        site.status("/gone", 410, null, null);
        feeds().subscribeOffline(site.url("/gone"), "Old", List.of());
        FeedRefresh.Summary first = feeds().refresh(List.of(), 2, true, new FeedRefresh.Listener() { });
        assertEquals(1, first.failed());
        Feed feed = feeds().list().get(0);
        assertEquals("gone", feed.status());
        assertTrue(feed.error().contains("410"), feed.error());
        FeedRefresh.Summary second = feeds().refresh(List.of(), 2, true, new FeedRefresh.Listener() { });
        assertEquals("0 new articles from 0 feeds, 0 failed", second.line());
        assertEquals(1, site.hits("/gone"));
    }

    @Test
    void a429WithRetryAfterIsNotAskedAgainBeforeThen() {
        site.status("/busy", 429, "Retry-After", "3600");
        feeds().subscribeOffline(site.url("/busy"), "Busy", List.of());
        assertEquals(1, feeds().refresh(List.of(), 2, true, new FeedRefresh.Listener() { }).failed());
        Feed feed = feeds().list().get(0);
        assertEquals("error", feed.status());
        assertTrue(feed.error().startsWith("HTTP 429"), feed.error());
        assertNotNull(feed.nextPoll());
        FeedRefresh.Summary again = feeds().refresh(List.of(), 2, true, new FeedRefresh.Listener() { });
        assertTrue(again.reports().get(0).outcome().startsWith("waiting until"), again.reports().get(0).outcome());
        assertEquals(1, site.hits("/busy"));
    }

    @Test
    void aHangingFeedTimesOutWithoutHoldingUpTheOthers() {
        site.on("/hang", e -> release.await(30, TimeUnit.SECONDS))
                .rss("/fine", "Fine", List.of(item("1", null)));
        feeds().subscribeOffline(site.url("/hang"), "Hangs", List.of());
        feeds().subscribeOffline(site.url("/fine"), "Fine", List.of());
        FeedRefresh.Summary summary = feeds().refresh(List.of(), 2, true, new FeedRefresh.Listener() { });
        assertEquals("1 new article from 2 feeds, 1 failed", summary.line());
        assertTrue(summary.reports().get(0).outcome().contains("timed out"), summary.reports().get(0).outcome());
        assertTrue(feeds().list().get(0).error().contains("timed out"));
        assertNull(feeds().list().get(1).error());
    }

    @Test
    void neverMoreThanTwoRequestsAtATimeToOneHost() {
        List<FeedSite.Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            site.article("/p" + i, "Story " + i);
            items.add(item(String.valueOf(i), "/p" + i));
        }
        site.rss("/feed", "Many", items);
        feeds().subscribe(site.url("/feed"), List.of(), false, true, 8);
        assertEquals(8, library.count(QueryParser.parse("")));
        assertTrue(site.mostAtOnce.get() <= 2, "at most 2 at once, was " + site.mostAtOnce.get());
    }

    @Test
    void unsubscribingKeepsTheArticlesAndForgetsTheFeed() {
        site.rss("/feed", "News", List.of(item("1", null)));
        feeds().subscribe(site.url("/feed"), List.of(), false, true, 2);
        long articleId = library.list(QueryParser.parse(""), 0, 1).get(0).id();
        assertEquals(java.util.Map.of(articleId, 1L), feeds().feedsOf(List.of(articleId)));
        assertTrue(feeds().remove(1));
        assertFalse(feeds().remove(1));
        assertEquals(1, library.count(QueryParser.parse("")));
        assertEquals(java.util.Map.of(), feeds().feedsOf(List.of(articleId)));
    }

    @Test
    void aDeletedArticleDoesNotComeBackWithTheNextRefresh() {
        site.rss("/feed", "News", List.of(item("1", null)));
        feeds().subscribe(site.url("/feed"), List.of(), false, true, 2);
        library.delete(library.list(QueryParser.parse(""), 0, 1).get(0).id());
        // A changed feed (new ETag) still carries the old item.
        site.rss("/feed", "News", List.of(item("1", null), item("2", null)));
        assertEquals(1, feeds().refresh(List.of(), 2, false, new FeedRefresh.Listener() { }).newArticles());
    }

    @Test
    void notAFeedIsAClearFailure() {
        site.on("/page", e -> TestServer.send(e, 200, "text/html", "<html><body>no feed</body></html>".getBytes(StandardCharsets.UTF_8)));
        Feeds.Subscription s = feeds().subscribe(site.url("/page"), List.of(), false, true, 2);
        assertTrue(s.failed());
        assertTrue(s.message().contains("links to no feed"), s.message());
        assertTrue(feeds().list().isEmpty());
    }
}
