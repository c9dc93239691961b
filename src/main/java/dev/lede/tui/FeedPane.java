package dev.lede.tui;

import dev.lede.model.Feed;
import java.util.List;

/** The feeds view of {@code g f}: the subscriptions as last read, and the cursor. */
public record FeedPane(List<Feed> feeds, int cursor) {
    public FeedPane {
        feeds = List.copyOf(feeds);
        cursor = Math.max(0, Math.min(cursor, feeds.size() - 1));
    }

    public FeedPane withCursor(int cursor) {
        return new FeedPane(feeds, cursor);
    }

    /** The feed under the cursor, or null when there are none. */
    public Feed selected() {
        return feeds.isEmpty() ? null : feeds.get(cursor);
    }
}
