package dev.lede.sync;

import java.util.List;
import java.util.Objects;

/**
 * One subscription on the server.
 *
 * @param streamId the server's id for the feed, e.g. {@code feed/12}
 * @param url      the feed's address
 * @param title    its title on the server (may be empty)
 * @param site     the site's home page, or null
 * @param folders  the folders (labels) it is filed under, by name
 */
public record Subscription(String streamId, String url, String title, String site, List<String> folders) {
    public Subscription {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(url, "url");
        title = title == null ? "" : title;
        folders = List.copyOf(folders);
    }
}
