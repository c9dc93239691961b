package dev.lede.feed;

import java.util.List;

/**
 * A feed as read from its bytes.
 *
 * @param format {@code rss}, {@code atom} or {@code json}
 * @param link   the site the feed belongs to (absolute), or null
 * @param items  entries in feed order (usually newest first)
 */
public record ParsedFeed(String format, String title, String link, List<FeedItem> items) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
