package dev.lede.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds an HTML page names: {@code <link rel="alternate">} with a feed type
 * (RSS, Atom, JSON Feed), or {@code <link rel="feed">}, in page order, resolved against the page.
 */
public final class Autodiscovery {
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/json", "application/rdf+xml", "application/x-rss+xml",
            "application/x-atom+xml", "text/xml", "application/xml");

    private Autodiscovery() {
    }

    /** The feed URLs {@code html} links to, best first (RSS/Atom/JSON alternates before others). */
    public static List<String> feeds(byte[] html, String pageUrl) {
        Document doc = Jsoup.parse(FeedBytes.decode(html, null), pageUrl == null ? "" : pageUrl);
        List<String> alternates = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Element link : doc.select("link[href], a[href][rel]")) {
            Set<String> rels = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).strip().split("\\s+"));
            String type = link.attr("type").toLowerCase(Locale.ROOT).replaceAll(";.*", "").strip();
            String href = link.absUrl("href");
            if (href.isEmpty()) {
                href = link.attr("href").strip();
            }
            if (href.isEmpty() || alternates.contains(href) || others.contains(href)) {
                continue;
            }
            if (rels.contains("alternate") && FEED_TYPES.contains(type) && link.tagName().equals("link")) {
                (type.startsWith("text/") || type.equals("application/xml") || type.equals("application/json")
                        ? others : alternates).add(href);
            } else if (rels.contains("feed")) {
                others.add(href);
            }
        }
        alternates.addAll(others);
        return alternates;
    }
}
