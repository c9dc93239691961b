package dev.lede.feed;

import dev.lede.model.WebLinks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
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
    private static final Set<String> FEED_ROOTS = Set.of("feed", "rss", "rdf", "channel");
    /** Where a feed starts in its text, for one after what a server printed first. */
    private static final Pattern FEED_START = Pattern.compile("(?i)<(?:\\?xml\\s|rss[\\s>]|feed[\\s>]|rdf:rdf[\\s>])");

    private XmlFeeds() {
    }

    static ParsedFeed parse(String xml, String url, int maxItems) throws FeedException {
        Document doc = Jsoup.parse(xml, url == null ? "" : url, Parser.xmlParser());
        // the feed's element, even after what a server printed first (a PHP notice's line, a warning's <br/><b>)
        Element root = doc.children().stream().filter(e -> FEED_ROOTS.contains(local(e))).findFirst().orElse(null);
        if (root == null) {
            // Printed text that left a tag open ("on line <b>3</b><br>") holds the feed inside it, or
            // swallowed its start ("x <y"): read again from where the feed itself starts.
            Matcher start = FEED_START.matcher(xml);
            if (start.find() && start.start() > 0) {
                return parse(xml.substring(start.start()), url, maxItems);
            }
            root = doc.children().stream().filter(e -> !local(e).isEmpty()).findFirst().orElse(null);
        }
        if (root == null) {
            throw new FeedException("not a feed: neither XML nor JSON");
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
        String link = FeedText.resolve(base(meta, url), text(child(meta, "link")));
        if (link == null) {
            link = atomLink(meta, base(meta, url));
        }
        String documentBase = FeedText.documentBase(url, link);
        List<FeedItem> items = new ArrayList<>();
        // RSS 2.0 puts items in the channel; RSS 1.0 beside it, under rdf:RDF.
        for (Element parent : channel != null && channel != root ? List.of(channel, root) : List.of(root)) {
            for (Element e : parent.children()) {
                if (XmlNames.is(e, "item") && items.size() < maxItems) {
                    items.add(rssItem(e, documentBase));
                }
            }
        }
        return new ParsedFeed("rss", FeedText.plain(text(child(meta, "title"))), link, items);
    }

    private static FeedItem rssItem(Element item, String url) {
        String base = base(item, url);
        Element guidElement = child(item, "guid");
        String guid = text(guidElement);
        String about = about(item);
        String link = FeedText.resolve(base, text(child(item, "link")));
        if (link == null) {
            link = atomLink(item, base);
        }
        String guidLink = WebLinks.fetchable(guid);
        if (link == null && guidLink != null && !"false".equalsIgnoreCase(guidElement.attr("isPermaLink"))) {
            link = guidLink;
        }
        if (link == null && !about.isEmpty()) {
            link = FeedText.resolve(base, about);
        }
        if (guid == null && !about.isEmpty()) {
            guid = about; // RSS 1.0 names each item by its rdf:about
        }
        String published = firstDate(item, "pubdate", "date", "published", "issued", "created");
        String updated = firstDate(item, "updated", "modified");
        String author = FeedText.person(text(child(item, "author")));
        if (author == null) {
            author = FeedText.person(text(child(item, "creator")));
        }
        List<String> categories = new ArrayList<>();
        for (Element e : item.children()) {
            if (XmlNames.is(e, "category") || XmlNames.is(e, "subject")) {
                add(categories, FeedText.plain(text(e)));
            }
        }
        String summary = FeedText.html(markup(child(item, "description")));
        if (summary == null) {
            summary = FeedText.html(markup(child(item, "summary")));
        }
        String content = FeedText.html(markup(child(item, "encoded")));
        if (content == null) {
            content = FeedText.html(xhtmlBody(item));
        }
        return new FeedItem(FeedText.plain(guid), FeedText.plain(text(child(item, "title"))), link, published, updated,
                author, FeedText.absoluteLinks(summary, base), FeedText.absoluteLinks(content, base), categories);
    }

    /** An RSS 1.0 item's {@code rdf:about}, whatever the RDF prefix is; empty when none. */
    private static String about(Element item) {
        for (Attribute a : item.attributes()) {
            String key = a.getKey();
            if (key.equalsIgnoreCase("about") || key.toLowerCase(Locale.ROOT).endsWith(":about")) {
                return a.getValue().strip();
            }
        }
        return "";
    }

    /** An XHTML {@code <body>} put straight into an RSS item (an old way to carry full content). */
    private static String xhtmlBody(Element item) {
        for (Element e : item.children()) {
            if (local(e).equals("body") && !e.children().isEmpty()) {
                withoutXmlns(e);
                return e.html();
            }
        }
        return null;
    }

    private static ParsedFeed atom(Element feed, String url, int maxItems) {
        String link = atomLink(feed, base(feed, url));
        String documentBase = FeedText.documentBase(url, link);
        String feedAuthor = atomAuthor(feed);
        List<FeedItem> items = new ArrayList<>();
        for (Element e : feed.children()) {
            if (XmlNames.is(e, "entry") && items.size() < maxItems) {
                items.add(atomEntry(e, documentBase, feedAuthor));
            }
        }
        return new ParsedFeed("atom", atomTitle(child(feed, "title")), link, items);
    }

    private static FeedItem atomEntry(Element entry, String url, String feedAuthor) {
        String base = base(entry, url);
        String author = atomAuthor(entry);
        List<String> categories = new ArrayList<>();
        for (Element e : entry.children()) {
            if (XmlNames.is(e, "category")) {
                // the label is the human name (term "math", label "Mathematics"); the term when there is none
                add(categories, FeedText.plain(!e.attr("label").isBlank() ? e.attr("label") : e.attr("term")));
            }
        }
        Element content = child(entry, "content");
        String contentHtml = content == null || content.hasAttr("src") ? null : FeedText.html(atomHtml(content));
        Element summary = child(entry, "summary");
        String id = text(child(entry, "id"));
        if (id != null && id.startsWith("/") && !id.startsWith("//")) {
            id = FeedText.resolve(base, id); // a relative id, as some generators write: the entry's address
        }
        return new FeedItem(FeedText.plain(id), atomTitle(child(entry, "title")),
                atomLink(entry, base), firstDate(entry, "published", "issued", "created"),
                firstDate(entry, "updated", "modified"), author != null ? author : feedAuthor,
                FeedText.absoluteLinks(FeedText.html(atomHtml(summary)), summary == null ? base : base(summary, url)),
                FeedText.absoluteLinks(contentHtml, content == null ? base : base(content, url)), categories);
    }

    /** Every {@code <author>}'s name (or text), joined: Atom allows several. */
    private static String atomAuthor(Element parent) {
        List<String> names = new ArrayList<>();
        for (Element author : parent.children()) {
            if (XmlNames.is(author, "author")) {
                Element name = child(author, "name");
                add(names, FeedText.person(name != null ? text(name) : text(author)));
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * The {@code alternate} link (or one without rel) of an Atom feed or entry, resolved. A link
     * without {@code href} but with the address as its text (Atom 0.3 written by hand) counts.
     */
    private static String atomLink(Element parent, String base) {
        String fallback = null;
        for (Element e : parent.children()) {
            if (!XmlNames.is(e, "link")) {
                continue;
            }
            String target = e.hasAttr("href") ? e.attr("href") : e.children().isEmpty() ? text(e) : null;
            String rel = e.attr("rel").strip().toLowerCase(Locale.ROOT);
            if (target == null || !(rel.isEmpty() || rel.equals("alternate"))) {
                continue;
            }
            String href = FeedText.resolve(base(e, base), target);
            String type = e.attr("type").toLowerCase(Locale.ROOT);
            if (type.isEmpty() || type.contains("html")) {
                return href;
            }
            fallback = fallback == null ? href : fallback;
        }
        return fallback;
    }

    /**
     * An Atom text construct as a one-line title: html and xhtml types are markup to read the
     * text of; the text type (the default) is already text, so {@code &lt;b&gt;} in it stays {@code <b>}.
     */
    private static String atomTitle(Element e) {
        if (e == null) {
            return null;
        }
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return FeedText.plain(markup(e));
        }
        return base64(e) ? FeedText.plain(decodeBase64(e)) : FeedText.oneLine(text(e));
    }

    /** An Atom text construct's content: text as the decoded text, html as its markup, xhtml as the inner div. */
    private static String atomHtml(Element e) {
        if (e == null) {
            return null;
        }
        if (base64(e)) {
            return decodeBase64(e);
        }
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        if (type.contains("xhtml")) {
            withoutXmlns(e);
        }
        if (type.equals("xhtml")) {
            Element div = child(e, "div");
            return div != null ? div.html() : e.html();
        }
        if (type.isEmpty() || type.equals("text") || type.startsWith("text/plain")) {
            return e.children().isEmpty() ? e.wholeText() : e.html();
        }
        return markup(e);
    }

    /** Atom 0.3 allowed {@code mode="base64"} content. */
    private static boolean base64(Element e) {
        return e.attr("mode").equalsIgnoreCase("base64");
    }

    private static String decodeBase64(Element e) {
        try {
            return new String(Base64.getMimeDecoder().decode(e.wholeText().strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return e.wholeText();
        }
    }

    /** XHTML content carries {@code xmlns} declarations that mean nothing in the HTML Lede keeps. */
    private static void withoutXmlns(Element e) {
        for (Element x : e.getAllElements()) {
            x.removeAttr("xmlns");
        }
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
                if (XmlNames.is(e, name)) {
                    String date = FeedDates.parse(text(e));
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    private static void add(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
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

    private static Element child(Element parent, String name) {
        return XmlNames.child(parent, name);
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.wholeText().strip();
        return t.isEmpty() ? null : t;
    }

    private static String local(Element e) {
        return XmlNames.local(e);
    }

    private static String clip(String s) {
        String t = s.replaceAll("[^\\w:.-]", "");
        return t.length() > 30 ? t.substring(0, 30) : t;
    }
}
