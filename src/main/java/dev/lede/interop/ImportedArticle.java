package dev.lede.interop;

import dev.lede.model.Highlight;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article as an export holds it, before Lede saves it.
 *
 * @param saved     when it was saved in the other service, or null (then: now)
 * @param html      the article's content when the export carries it (then it is not fetched), or null
 * @param clean     true when {@code html} is already Lede's clean article HTML (a Lede export),
 *                  so it is stored as it is instead of going through the extractor
 * @param text      the plain text beside a clean {@code html}, or null
 * @param published ISO 8601 date as the export gives it, or null
 */
public record ImportedArticle(String url, String title, Instant saved, List<String> tags, boolean read,
                              boolean bookmarked, String html, boolean clean, String text, String author,
                              String published, String excerpt, List<Highlight> highlights) {
    public ImportedArticle {
        Objects.requireNonNull(url, "url");
        url = url.strip();
        title = title == null ? "" : title.strip();
        tags = tags == null ? List.of() : tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        html = html == null || html.isBlank() ? null : html;
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }

    /** An entry with only what a list of links gives: no content, to be fetched. */
    public static ImportedArticle link(String url, String title, Instant saved, List<String> tags, boolean read,
                                       boolean bookmarked) {
        return new ImportedArticle(url, title, saved, tags, read, bookmarked, null, false, null, null, null, null,
                List.of());
    }

    /** True when the export carries the article's content. */
    public boolean hasContent() {
        return html != null;
    }

    public ImportedArticle withHighlights(List<Highlight> more) {
        List<Highlight> all = new java.util.ArrayList<>(highlights);
        all.addAll(more);
        return new ImportedArticle(url, title, saved, tags, read, bookmarked, html, clean, text, author, published,
                excerpt, all);
    }
}
