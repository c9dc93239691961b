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

    /*
     * equals and hashCode written out: a record's own are made at run time from method
     * handles on the first call in a process (classes generated and loaded, milliseconds
     * before the first frame, where a list row is a map key). Every component takes part, as
     * in a record's (ArticleSummaryTest checks each one).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleSummary a && id == a.id && words == a.words && read == a.read
                && bookmarked == a.bookmarked && url.equals(a.url) && title.equals(a.title)
                && Objects.equals(site, a.site) && Objects.equals(byline, a.byline)
                && Objects.equals(published, a.published) && saved.equals(a.saved) && tags.equals(a.tags)
                && Objects.equals(snippet, a.snippet);
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(id);
        h = 31 * h + url.hashCode();
        h = 31 * h + title.hashCode();
        h = 31 * h + Objects.hashCode(site);
        h = 31 * h + Objects.hashCode(byline);
        h = 31 * h + Objects.hashCode(published);
        h = 31 * h + saved.hashCode();
        h = 31 * h + words;
        h = 31 * h + Boolean.hashCode(read);
        h = 31 * h + Boolean.hashCode(bookmarked);
        h = 31 * h + tags.hashCode();
        return 31 * h + Objects.hashCode(snippet);
    }

    /** Reading time in whole minutes at 230 words a minute, at least one. */
    public int readingMinutes() {
        return Math.max(1, Math.round(words / 230f));
    }
}
