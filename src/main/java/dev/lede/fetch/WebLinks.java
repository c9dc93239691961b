package dev.lede.fetch;

import java.util.regex.Pattern;

/**
 * Whether a link that came with an item (a feed's, a sync server's) is worth fetching as a
 * page: an absolute http(s) URL without blanks. Anything else ({@code javascript:}, a
 * relative path, {@code mailto:}, an address with a space in it) is saved from the item's own
 * content instead. The refresh and the sync ask the same question here, so an item becomes
 * the same article whichever way it came.
 */
public final class WebLinks {
    private static final Pattern FETCHABLE = Pattern.compile("(?i)https?://\\S+");

    private WebLinks() {
    }

    /** {@code link} when it is a page to fetch, else null. */
    public static String fetchable(String link) {
        return link != null && FETCHABLE.matcher(link).matches() ? link : null;
    }
}
