package dev.lede.tui;

import dev.lede.model.Feed;
import java.util.List;

/**
 * The feeds view of {@code g f}: the subscriptions as last read, and the cursor.
 *
 * @param account the sync account and its last sync, one line, or null without an account
 */
public record FeedPane(List<Feed> feeds, int cursor, String account) {
    public FeedPane {
        feeds = List.copyOf(feeds);
        cursor = Math.max(0, Math.min(cursor, feeds.size() - 1));
    }

    public FeedPane(List<Feed> feeds, int cursor) {
        this(feeds, cursor, null);
    }

    public FeedPane withCursor(int cursor) {
        return new FeedPane(feeds, cursor, account);
    }

    /** The feed under the cursor, or null when there are none. */
    public Feed selected() {
        return feeds.isEmpty() ? null : feeds.get(cursor);
    }
}
