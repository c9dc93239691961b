package dev.lede.feed;

import java.util.List;

/**
 * One entry of a feed, as the feed states it. Text fields are decoded (entities, markup
 * stripped from titles); links are absolute; dates are ISO 8601 with an offset.
 *
 * @param id         the item's own identifier (guid, Atom id, JSON id), or null
 * @param summary    a short description (HTML, or plain text where the feed marks it so), or null
 * @param content    the full content the feed carries (HTML, or plain text where the feed
 *                   marks it so: JSON Feed's {@code content_text}, Atom's {@code type="text"}), or null
 * @param categories category names in feed order
 */
public record FeedItem(String id, String title, String link, String published, String updated,
                       String author, String summary, String content, List<String> categories) {
    public FeedItem {
        categories = List.copyOf(categories);
    }

    /**
     * What identifies the item within its feed across refreshes: its id, else its link,
     * else its title and text (some feeds give neither id nor link).
     */
    public String key() {
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        if (link != null && !link.isBlank()) {
            return link.strip();
        }
        String text = (title == null ? "" : title) + "\n" + (content != null ? content : summary == null ? "" : summary);
        return "hash:" + Integer.toHexString(text.hashCode()) + Integer.toHexString(text.length());
    }

    /** The richest HTML the feed gives for this item: its content, else its summary, else null. */
    public String body() {
        return content != null && !content.isBlank() ? content : summary != null && !summary.isBlank() ? summary : null;
    }
}
