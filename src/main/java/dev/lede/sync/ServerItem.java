package dev.lede.sync;

import java.time.Instant;

/**
 * One item of a stream, as the server holds it.
 *
 * @param id        the server's item id (the long form; {@link ItemIds} converts)
 * @param streamId  the subscription it came from, or null
 * @param link      the article's address, or null when the item has none
 * @param published when the feed says it was published, or null
 * @param content   the item's HTML as the feed carried it (content, else summary); may be empty
 */
public record ServerItem(long id, String streamId, String title, String link, Instant published,
                         String author, String content, boolean read, boolean starred) {
    public ServerItem {
        title = title == null ? "" : title;
        content = content == null ? "" : content;
    }
}
