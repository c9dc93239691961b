package dev.lede.library;

import dev.lede.model.Feed;

/**
 * How one feed's refresh ended.
 *
 * @param feed        the feed as it was before this refresh
 * @param newArticles items saved as new articles (or joined to an article already saved)
 * @param fromFeed    of those, saved from the feed's own content because the page failed
 * @param outcome     one line: {@code 3 new}, {@code no change}, {@code failed: HTTP 410 Gone}...
 * @param failed      true when the feed could not be fetched or read
 * @param skipped     true when it was not fetched at all (gone, or asked to wait)
 */
public record FeedReport(Feed feed, int newArticles, int fromFeed, String outcome, boolean failed, boolean skipped) {
}
