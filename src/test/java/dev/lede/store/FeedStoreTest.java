package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.model.Feed;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStoreTest {
    @TempDir
    Path dir;

    @Test
    void aLibraryFromBeforeFeedsGainsThemAndKeepsItsArticles() {
        Path file = dir.resolve("old.db");
        try (Store store = Store.open(file, Migrations.STEPS.size() - 1)) {
            store.insert(article("https://a.example/1"), "a.example/1", null, "a.example");
        }
        try (Store store = Store.open(file)) {
            FeedStore feeds = new FeedStore(store);
            long id = feeds.add("https://a.example/feed", "https://a.example/feed", List.of("news"), null, false, Instant.EPOCH);
            feeds.linkItem(id, "item-1", 1, Instant.EPOCH);
            assertEquals(Map.of(1L, id), feeds.feedsOf(List.of(1L)));
            Feed feed = feeds.get(id).orElseThrow();
            assertEquals(1, feed.articles());
            assertEquals(1, feed.unread());
            assertEquals(List.of("news"), feed.tags());
        }
    }

    @Test
    void keepsConditionalGetStateAndTheLastError() {
        try (Store store = Store.open(dir.resolve("lede.db"))) {
            FeedStore feeds = new FeedStore(store);
            long id = feeds.add("https://a.example/feed", "https://a.example/feed", List.of(), "Mine", false, Instant.EPOCH);
            feeds.recordFetched(id, null, null, "Theirs", "https://a.example/", "\"e1\"", "Sun, 02 Mar 2025 10:00:00 GMT",
                    Instant.ofEpochSecond(10));
            Feed ok = feeds.get(id).orElseThrow();
            assertEquals("\"e1\"", ok.etag());
            assertEquals("Mine", ok.displayTitle());
            assertEquals("Theirs", ok.title());
            feeds.recordFailure(id, false, "HTTP 503 Service Unavailable", Instant.ofEpochSecond(99), Instant.ofEpochSecond(20));
            Feed failing = feeds.get(id).orElseThrow();
            assertEquals("error", failing.status());
            assertEquals("HTTP 503 Service Unavailable", failing.error());
            assertEquals(Instant.ofEpochSecond(99), failing.nextPoll());
            assertEquals("\"e1\"", failing.etag(), "validators survive a failure");
            feeds.recordNotModified(id, "https://b.example/feed", "https://b.example/feed", Instant.ofEpochSecond(30));
            Feed moved = feeds.get(id).orElseThrow();
            assertEquals("ok", moved.status());
            assertNull(moved.error());
            assertEquals("https://b.example/feed", moved.url());
            assertTrue(feeds.byKey("https://b.example/feed").isPresent());
            feeds.linkItem(id, "k", 0, Instant.EPOCH);
            assertEquals(Set.of("k"), feeds.seenItems(id));
        }
    }

    private static Article article(String url) {
        return new Article(0, url, null, "Title", null, null, null, null, Instant.EPOCH, 3, null, null,
                "<p>Some body text.</p>", "Some body text.", false, false, 0, List.of());
    }
}
