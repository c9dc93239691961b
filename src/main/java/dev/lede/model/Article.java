package dev.lede.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One saved article as the store holds it: metadata, the cleaned body (HTML for rendering at
 * any width, plain text for search and related stories) and the reader's state.
 *
 * @param url       the address it was saved from ({@code file:} URI for imported files)
 * @param published ISO 8601 date or date-time as the page gave it, or null when unknown
 * @param html      cleaned article HTML in the small tag set described by {@link ExtractedArticle}
 * @param position  the reader's saved scroll position, in rendered lines
 */
public record Article(
        long id,
        String url,
        String canonicalUrl,
        String title,
        String byline,
        String site,
        String language,
        String published,
        Instant saved,
        int words,
        String excerpt,
        String leadImage,
        String html,
        String text,
        boolean read,
        boolean bookmarked,
        int position,
        List<String> tags) {

    public Article {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(saved, "saved");
        html = html == null ? "" : html;
        text = text == null ? "" : text;
        tags = List.copyOf(tags);
    }

    /** The short form the list view and {@code lede list} show. */
    public ArticleSummary summary() {
        return new ArticleSummary(id, url, title, site, byline, published, saved, words,
                read, bookmarked, tags, null);
    }
}
