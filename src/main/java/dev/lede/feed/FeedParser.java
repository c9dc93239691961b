package dev.lede.feed;

/**
 * Reads a feed from its bytes, whatever its format: JSON Feed when the text starts with
 * {@code {}, else RSS or Atom (after whatever a server printed before the feed: see
 * {@link XmlFeeds}). Thread-safe and without state.
 */
public final class FeedParser {
    /** Larger feeds are refused, as pages are: no real feed comes near it. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Items read from one feed at most; the rest are ignored. */
    public static final int MAX_ITEMS = 2000;

    private FeedParser() {
    }

    /**
     * @param body          the feed's bytes
     * @param url           the feed's address, the base for relative links (may be null)
     * @param headerCharset the charset named by the HTTP header, or null
     * @throws FeedException when the bytes are not a feed, with a one-line reason
     */
    public static ParsedFeed parse(byte[] body, String url, String headerCharset) throws FeedException {
        if (body.length > MAX_BYTES) {
            throw new FeedException("feed larger than " + (MAX_BYTES >> 20) + " MB");
        }
        String text = FeedBytes.decode(body, headerCharset).strip();
        if (text.isEmpty()) {
            throw new FeedException("empty feed");
        }
        if (text.startsWith("{")) {
            return JsonFeeds.parse(text, url, MAX_ITEMS);
        }
        return XmlFeeds.parse(text, url, MAX_ITEMS);
    }
}
