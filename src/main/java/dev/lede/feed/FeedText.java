package dev.lede.feed;

import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;

/** Small text helpers shared by the readers: plain titles, trimmed HTML, resolved links. */
final class FeedText {
    private FeedText() {
    }

    /**
     * Plain text for titles, authors, ids: markup and entities are decoded, as feeds put HTML
     * in titles (escaped or not); whitespace is collapsed. Null for blank input.
     */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        String s = text;
        if (s.indexOf('<') >= 0 || s.indexOf('&') >= 0) {
            s = Jsoup.parseBodyFragment(s).text();
        }
        s = s.replaceAll("[\\s\\u00a0]+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** HTML as given, or null when blank. */
    static String html(String html) {
        return html == null || html.isBlank() ? null : html.strip();
    }

    /** {@code href} made absolute against {@code base}; null when blank or unresolvable. */
    static String resolve(String base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String h = href.strip();
        if (base == null || base.isBlank()) {
            return h;
        }
        String resolved = StringUtil.resolve(base, h);
        return resolved.isEmpty() ? h : resolved;
    }
}
