package dev.lede.interop;

import java.util.List;
import java.util.Objects;

/**
 * One subscription in a subscription list (OPML, newsboat's {@code urls}).
 *
 * @param title a title to show, or null
 * @param site  the site's address, or null
 * @param tags  tags (OPML categories and folders, newsboat tags), in order
 */
public record FeedEntry(String url, String title, String site, List<String> tags) {
    public FeedEntry {
        Objects.requireNonNull(url, "url");
        tags = List.copyOf(tags);
    }
}
