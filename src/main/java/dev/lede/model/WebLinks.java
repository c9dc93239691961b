package dev.lede.model;

import java.util.regex.Pattern;

/**
 * Whether a link that came with an item (a feed's, a sync server's, a urls file's line) is
 * worth fetching as a page: an absolute http(s) URL without blanks once the blanks around it
 * are stripped. Anything else ({@code javascript:}, a relative path, {@code mailto:}, an
 * address with a space in it) is saved from the item's own content instead. The refresh, the
 * sync, the feed parser and the newsboat importer ask the same question here, so an item
 * becomes the same article whichever way it came.
 */
public final class WebLinks {
    private static final Pattern FETCHABLE = Pattern.compile("(?i)https?://\\S+");

    private WebLinks() {
    }

    /** {@code link} without the blanks around it when it is a page to fetch, else null. */
    public static String fetchable(String link) {
        if (link == null) {
            return null;
        }
        String stripped = link.strip(); // a sync server hands its href over as it came
        return FETCHABLE.matcher(stripped).matches() ? stripped : null;
    }
}
