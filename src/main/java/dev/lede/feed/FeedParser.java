package dev.lede.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a feed from its bytes, whatever its format: JSON Feed when the text starts with
 * {@code {}, else RSS or Atom. Thread-safe and without state.
 */
public final class FeedParser {
    /** Larger feeds are refused, as pages are: no real feed comes near it. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Items read from one feed at most; the rest are ignored. */
    public static final int MAX_ITEMS = 2000;
    private static final Pattern FEED_START = Pattern.compile("<\\?xml|<rss[\\s>]|<feed[\\s>]|<rdf:RDF[\\s>]");

    private FeedParser() {
    }

    /**
     * The feed in {@code text} that starts with something else: servers print warnings or a
     * stray line before the feed. The feed must start within the first 4 KB.
     */
    private static String afterStrayText(String text) throws FeedException {
        Matcher m = FEED_START.matcher(text);
        m.region(0, Math.min(text.length(), 4096));
        if (!m.find()) {
            throw new FeedException("not a feed: neither XML nor JSON");
        }
        return text.substring(m.start());
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
        if (!text.startsWith("<")) {
            text = afterStrayText(text);
        }
        return XmlFeeds.parse(text, url, MAX_ITEMS);
    }
}
