package dev.lede.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article without its body: what a list row or {@code lede list} needs.
 *
 * @param snippet a search snippet with hits between {@link #HIT_START} and {@link #HIT_END},
 *                or null when the row did not come from a text search
 */
public record ArticleSummary(
        long id,
        String url,
        String title,
        String site,
        String byline,
        String published,
        Instant saved,
        int words,
        boolean read,
        boolean bookmarked,
        List<String> tags,
        String snippet) {

    /** Marks the start of a search hit inside {@link #snippet}. */
    public static final char HIT_START = '\u0002';
    /** Marks the end of a search hit inside {@link #snippet}. */
    public static final char HIT_END = '\u0003';

    public ArticleSummary {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(saved, "saved");
        tags = List.copyOf(tags);
    }

    /** Reading time in whole minutes at 230 words a minute, at least one. */
    public int readingMinutes() {
        return Math.max(1, Math.round(words / 230f));
    }
}
