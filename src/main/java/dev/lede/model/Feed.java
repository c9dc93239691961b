package dev.lede.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A subscription: where the feed is, what it is called, and how its last fetch went.
 *
 * @param url          the feed's current address (a permanent redirect updates it)
 * @param title        the title the feed gives itself, or null before the first fetch
 * @param customTitle  a title the user chose (newsboat's {@code "~Title"}), or null
 * @param site         the site the feed belongs to, or null
 * @param categoryTags whether the items' categories become tags of their articles
 * @param status       {@code ok}, {@code error} or {@code gone} (410: no longer polled)
 * @param error        the last fetch's error, or null when it went well
 * @param checked      the last fetch attempt, or null
 * @param fetched      the last successful fetch (new content or not modified), or null
 * @param nextPoll     not to be fetched before this time (Retry-After), or null
 * @param articles     articles from this feed in the library
 * @param unread       of those, unread
 */
public record Feed(long id, String url, String title, String customTitle, String site, List<String> tags,
                   boolean categoryTags, String etag, String lastModified, String status, String error,
                   int failures, Instant added, Instant checked, Instant fetched, Instant nextPoll,
                   int articles, int unread) {
    public Feed {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        tags = List.copyOf(tags);
    }

    /** The title to show: the user's, else the feed's, else its address. */
    public String displayTitle() {
        if (customTitle != null && !customTitle.isBlank()) {
            return customTitle;
        }
        return title != null && !title.isBlank() ? title : url;
    }

    public boolean gone() {
        return status.equals("gone");
    }
}
