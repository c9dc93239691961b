package dev.lede.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * RSS 0.9x, 1.0 (RDF), 2.0 and Atom 1.0 (and 0.3) on Jsoup's XML mode. That parser
 * tolerates what real feeds get wrong (a bare {@code &}, undeclared entities, HTML inside
 * {@code description}, unclosed tags) and, having no DTD support at all, never expands a
 * DOCTYPE entity nor reads an external one. Names are matched by local name, so namespace
 * prefixes ({@code dc:}, {@code atom:}, {@code content:}) need no declaration.
 */
final class XmlFeeds {
    private XmlFeeds() {
    }

    static ParsedFeed parse(String xml, String url, int maxItems) throws FeedException {
        Document doc = Jsoup.parse(xml, url == null ? "" : url, Parser.xmlParser());
        Element root = doc.children().stream().filter(e -> !local(e).isEmpty()).findFirst().orElse(null);
        if (root == null) {
            throw new FeedException("not a feed: no XML element found");
        }
        String name = local(root);
        if (name.equals("feed")) {
            return atom(root, url, maxItems);
        }
        if (name.equals("rss") || name.equals("rdf") || name.equals("channel")) {
            return rss(root, url, maxItems);
        }
        throw new FeedException("not a feed: the document is <" + clip(root.tagName()) + ">, not RSS or Atom");
    }

    private static ParsedFeed rss(Element root, String url, int maxItems) {
        Element channel = local(root).equals("channel") ? root : child(root, "channel");
        Element meta = channel != null ? channel : root;
        List<FeedItem> items = new ArrayList<>();
        // RSS 2.0 puts items in the channel; RSS 1.0 beside it, under rdf:RDF.
        for (Element parent : channel != null && channel != root ? List.of(channel, root) : List.of(root)) {
            for (Element e : parent.children()) {
                if (local(e).equals("item") && items.size() < maxItems) {
                    items.add(rssItem(e, url));
                }
            }
        }
        String base = base(meta, url);
        String link = FeedText.resolve(base, text(child(meta, "link")));
        if (link == null) {
            link = atomLink(meta, base);
        }
        return new ParsedFeed("rss", FeedText.plain(text(child(meta, "title"))), link, items);
    }

    private static FeedItem rssItem(Element item, String url) {
        String base = base(item, url);
        String guid = text(child(item, "guid"));
        String link = FeedText.resolve(base, text(child(item, "link")));
        if (link == null) {
            link = atomLink(item, base);
        }
        Element guidElement = child(item, "guid");
        if (link == null && guid != null && guid.strip().matches("(?i)https?://\\S+")
                && !"false".equalsIgnoreCase(guidElement.attr("isPermaLink"))) {
            link = guid.strip();
        }
        if (link == null) {
            String about = item.attr("rdf:about");
            link = about.isBlank() ? null : FeedText.resolve(base, about);
        }
        String published = firstDate(item, "pubdate", "date", "published", "issued");
        String updated = firstDate(item, "updated", "modified");
        String author = author(text(child(item, "author")));
        if (author == null) {
            author = FeedText.plain(text(child(item, "creator")));
        }
        List<String> categories = new ArrayList<>();
        for (Element e : item.children()) {
            if (local(e).equals("category") || local(e).equals("subject")) {
                String c = FeedText.plain(text(e));
                if (c != null && !categories.contains(c)) {
                    categories.add(c);
                }
            }
        }
        String summary = FeedText.html(markup(child(item, "description")));
        if (summary == null) {
            summary = FeedText.html(markup(child(item, "summary")));
        }
        String content = FeedText.html(markup(child(item, "encoded")));
        return new FeedItem(FeedText.plain(guid), FeedText.plain(text(child(item, "title"))), link, published, updated,
                author, summary, content, categories);
    }

    /** RSS authors are often {@code mail@example.com (Jane Doe)}: the name is what people read. */
    private static String author(String raw) {
        String a = FeedText.plain(raw);
        if (a == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$").matcher(a);
        return m.matches() ? m.group(1).strip() : a;
    }

    private static ParsedFeed atom(Element feed, String url, int maxItems) {
        String base = base(feed, url);
        String feedAuthor = atomAuthor(feed);
        List<FeedItem> items = new ArrayList<>();
        for (Element e : feed.children()) {
            if (local(e).equals("entry") && items.size() < maxItems) {
                items.add(atomEntry(e, url, feedAuthor));
            }
        }
        return new ParsedFeed("atom", FeedText.plain(atomText(child(feed, "title"))), atomLink(feed, base), items);
    }

    private static FeedItem atomEntry(Element entry, String url, String feedAuthor) {
        String base = base(entry, url);
        String author = atomAuthor(entry);
        List<String> categories = new ArrayList<>();
        for (Element e : entry.children()) {
            if (local(e).equals("category")) {
                String c = FeedText.plain(e.hasAttr("label") ? e.attr("label") : e.attr("term"));
                if (c != null && !categories.contains(c)) {
                    categories.add(c);
                }
            }
        }
        Element content = child(entry, "content");
        String contentHtml = content == null || content.hasAttr("src") ? null : FeedText.html(atomHtml(content));
        return new FeedItem(FeedText.plain(text(child(entry, "id"))), FeedText.plain(atomText(child(entry, "title"))),
                atomLink(entry, base), firstDate(entry, "published", "issued", "created"),
                firstDate(entry, "updated", "modified"), author != null ? author : feedAuthor,
                FeedText.html(atomHtml(child(entry, "summary"))), contentHtml, categories);
    }

    private static String atomAuthor(Element parent) {
        Element author = child(parent, "author");
        if (author == null) {
            return null;
        }
        Element name = child(author, "name");
        return FeedText.plain(name != null ? text(name) : text(author));
    }

    /** The {@code alternate} link (or one without rel) of an Atom feed or entry, resolved. */
    private static String atomLink(Element parent, String base) {
        String fallback = null;
        for (Element e : parent.children()) {
            if (!local(e).equals("link") || !e.hasAttr("href")) {
                continue;
            }
            String rel = e.attr("rel").strip().toLowerCase(Locale.ROOT);
            String href = FeedText.resolve(base(e, base), e.attr("href"));
            if (rel.isEmpty() || rel.equals("alternate")) {
                String type = e.attr("type").toLowerCase(Locale.ROOT);
                if (type.isEmpty() || type.contains("html")) {
                    return href;
                }
                fallback = fallback == null ? href : fallback;
            }
        }
        return fallback;
    }

    /** An Atom text construct as plain text (titles): html and xhtml types are decoded. */
    private static String atomText(Element e) {
        if (e == null) {
            return null;
        }
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        return type.contains("html") ? markup(e) : text(e);
    }

    /** An Atom text construct's content: text as the decoded text, html as its markup, xhtml as the inner div. */
    private static String atomHtml(Element e) {
        if (e == null) {
            return null;
        }
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        if (type.equals("xhtml")) {
            Element div = child(e, "div");
            return div != null ? div.html() : e.html();
        }
        if (type.isEmpty() || type.equals("text") || type.startsWith("text/plain")) {
            return e.children().isEmpty() ? e.wholeText() : e.html();
        }
        return markup(e);
    }

    /**
     * An element's HTML: escaped or CDATA text as is, or, when a feed put unescaped HTML
     * inside (Jsoup then sees elements), that markup.
     */
    private static String markup(Element e) {
        if (e == null) {
            return null;
        }
        return e.children().isEmpty() ? e.wholeText() : e.html();
    }

    private static String firstDate(Element parent, String... names) {
        for (String name : names) {
            for (Element e : parent.children()) {
                if (local(e).equals(name)) {
                    String date = FeedDates.parse(text(e));
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    /** The base URL for links inside {@code e}: the document's, changed by every xml:base above it. */
    private static String base(Element e, String url) {
        List<String> bases = new ArrayList<>();
        for (Element a = e; a != null; a = a.parent()) {
            if (a.hasAttr("xml:base")) {
                bases.add(0, a.attr("xml:base"));
            }
        }
        String base = url;
        for (String b : bases) {
            base = FeedText.resolve(base, b);
        }
        return base;
    }

    /** The first child named {@code name}: unprefixed first, so RSS {@code link} wins over {@code atom:link}. */
    private static Element child(Element parent, String name) {
        Element prefixed = null;
        for (Element e : parent.children()) {
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            if (tag.equals(name)) {
                return e;
            }
            if (prefixed == null && local(e).equals(name)) {
                prefixed = e;
            }
        }
        return prefixed;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.wholeText().strip();
        return t.isEmpty() ? null : t;
    }

    private static String local(Element e) {
        String tag = e.tagName();
        return tag.substring(tag.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static String clip(String s) {
        String t = s.replaceAll("[^\\w:.-]", "");
        return t.length() > 30 ? t.substring(0, 30) : t;
    }
}
