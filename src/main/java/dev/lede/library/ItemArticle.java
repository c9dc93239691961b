package dev.lede.library;

import dev.lede.extract.HtmlText;
import dev.lede.fetch.FetchException;
import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * An item (of a feed, or of a sync server) made into an article: the full text of the page it
 * links to, unless that page cannot be had, holds no article, or yields much less text than the
 * item carries (a teaser, a paywall, a script shell); else the item's own content, cleaned by
 * the same extractor, never empty. The item's date, author and title win over the page's: they
 * are what the publisher stated for it. The refresh and the sync both read items through here,
 * so an item becomes the same article whichever way it came.
 */
final class ItemArticle {
    /** Items mark text content as such, but not always: a common HTML tag tells. */
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)<(/?(p|br|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|img|blockquote|pre|code|table|figure|hr)\\b|!\\[CDATA)");

    private ItemArticle() {
    }

    /**
     * What an item states about itself; each may be null.
     *
     * @param published when it was published (else updated), ISO 8601
     * @param content   the full content it carries (HTML, or plain text), against which the page is weighed
     * @param body      its richest text (its content, else its summary): what stands in for the page
     */
    record Item(String title, String author, String published, String content, String body) {
    }

    /** Fetches the page of a link. */
    @FunctionalInterface
    interface Pages {
        Page fetch(String link) throws FetchException;
    }

    /**
     * The article, and the address it was read from: the page's final URL, or {@code url} when
     * {@code fromItem} (the item's own content stood in); {@code url} without user info (never
     * stored), {@code key} the URL key of that address as read (else of the item's).
     */
    record Read(ExtractedArticle article, String url, String key, boolean fromItem) {
    }

    /**
     * Reads {@code item} as an article.
     *
     * @param link  the page to fetch, or null to use the item's own content
     * @param url   the item's address when its content stands in
     */
    static Read read(Item item, String link, String url, Pages pages) {
        ExtractedArticle article = null;
        String articleUrl = url;
        if (link != null) {
            try {
                Page page = pages.fetch(link);
                ExtractedArticle extracted = Library.extract(page);
                if (!extracted.isEmpty() && !itemIsRicher(item, extracted)) {
                    article = extracted;
                    articleUrl = page.url();
                }
            } catch (FetchException | RuntimeException | StackOverflowError e) {
                // the item's own content stands in below
            }
        }
        boolean fromItem = article == null;
        if (fromItem) {
            article = fromItem(item, url);
        }
        // Keyed as read, then stripped: a feed link's user info stays in its key, as the
        // refresh looked it up (a page's final URL and a synced item's address have none).
        String key = UrlNormalizer.key(articleUrl).orElseGet(() -> UrlNormalizer.key(url).orElse(url));
        return new Read(withItemMetadata(article, item, fromItem), UrlNormalizer.withoutUserInfo(articleUrl), key,
                fromItem);
    }

    /** A page that yields much less text than the item carries is a teaser, a paywall or a script shell. */
    static boolean itemIsRicher(Item item, ExtractedArticle extracted) {
        if (item.content() == null) {
            return false;
        }
        int itemWords = HtmlText.wordCount(item.content());
        return itemWords >= 80 && itemWords > 2 * extracted.wordCount();
    }

    /** The item's own content as an article, cleaned by the same extractor; never empty. */
    static ExtractedArticle fromItem(Item item, String url) {
        String title = isBlank(item.title()) ? "Untitled item" : item.title();
        String body = item.body();
        String text = body;
        if (body != null && HTML_TAG.matcher(body).find()) {
            String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + HtmlText.escape(title)
                    + "</title></head><body><article>" + body + "</article></body></html>";
            ExtractedArticle e = Library.extract(new Page(html.getBytes(StandardCharsets.UTF_8), url, "text/html", "UTF-8"));
            if (!e.isEmpty()) {
                return new ExtractedArticle(title, e.byline(), e.site(), e.published(), e.language(), null,
                        e.leadImage(), e.excerpt(), e.html(), e.text());
            }
            text = HtmlText.text(body);
        }
        if (text != null && !text.isBlank()) {
            // Plain text (JSON Feed's content_text, Atom's type="text"), or HTML too short for
            // the extractor: the plain-text cleaner, its first line being the title.
            ExtractedArticle e = Library.extract(new Page((title + "\n\n" + text.strip()).getBytes(StandardCharsets.UTF_8),
                    url, "text/plain", "UTF-8"));
            if (!e.isEmpty()) {
                return new ExtractedArticle(title, null, null, null, null, null, null, e.excerpt(), e.html(), e.text());
            }
        }
        // A title-only item: the title is the article.
        return new ExtractedArticle(title, null, null, null, null, null, null, null,
                "<p>" + HtmlText.escape(title) + "</p>", title);
    }

    private static ExtractedArticle withItemMetadata(ExtractedArticle e, Item item, boolean fromItem) {
        String published = item.published() != null ? item.published() : e.published();
        String byline = isBlank(item.author()) ? e.byline() : item.author();
        String title = (fromItem || isBlank(e.title())) && !isBlank(item.title()) ? item.title() : e.title();
        return new ExtractedArticle(title, byline, e.site(), published, e.language(), e.canonicalUrl(), e.leadImage(),
                e.excerpt(), e.html(), e.text());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
