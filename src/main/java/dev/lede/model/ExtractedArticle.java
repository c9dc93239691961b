package dev.lede.model;

/**
 * What the extractor found in a page: the article's metadata and its cleaned body.
 *
 * <p>{@code html} uses only this small tag set, so rendering stays simple:
 * {@code h1-h6 p ul ol li blockquote pre code table caption thead tbody tfoot tr th td
 * figure figcaption img a em strong i b br hr sup sub}. Attributes kept: {@code a[href]} and
 * {@code img[src alt]} (absolute URLs), {@code td/th[colspan rowspan]}. {@code text} is the
 * same body as plain text, one paragraph per line-separated block.
 *
 * <p>Any field but {@code html} and {@code text} may be null when the page does not say.
 *
 * @param published ISO 8601 date or date-time
 */
public record ExtractedArticle(
        String title,
        String byline,
        String site,
        String published,
        String language,
        String canonicalUrl,
        String leadImage,
        String excerpt,
        String html,
        String text) {

    public ExtractedArticle {
        html = html == null ? "" : html;
        text = text == null ? "" : text;
    }

    /** True when no article body was found. */
    public boolean isEmpty() {
        return text.isBlank();
    }

    /** Number of words in the body text. */
    public int wordCount() {
        return Words.count(text);
    }
}
