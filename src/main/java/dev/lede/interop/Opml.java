package dev.lede.interop;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * OPML subscription lists. Reading is lenient (Jsoup's XML mode: exports with a bare
 * {@code &} still load, no entity is expanded); every {@code outline} with an
 * {@code xmlUrl} is a feed, its tags from {@code category} ({@code "a,b"} or
 * {@code "/a/b"}) and from the folders (outlines without a URL) it sits in. Writing gives
 * OPML 2.0 with tags in {@code category}, as newsboat exports them.
 */
public final class Opml {
    private Opml() {
    }

    /** True when {@code bytes} look like an OPML document. */
    public static boolean looksLikeOpml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("<opml");
    }

    /** The feeds an OPML document lists, in document order, duplicates removed. */
    public static List<FeedEntry> read(byte[] bytes) {
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
        List<FeedEntry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element outline : doc.getElementsByTag("outline")) {
            String url = attr(outline, "xmlurl");
            if (url == null || !seen.add(url)) {
                continue;
            }
            Set<String> tags = new LinkedHashSet<>();
            List<String> folders = new ArrayList<>();
            for (Element parent = outline.parent(); parent != null; parent = parent.parent()) {
                if (parent.tagName().equalsIgnoreCase("outline") && attr(parent, "xmlurl") == null) {
                    String folder = title(parent);
                    if (folder != null) {
                        folders.add(0, folder);
                    }
                }
            }
            tags.addAll(folders);
            String category = attr(outline, "category");
            if (category != null) {
                for (String c : category.split("[,/]")) {
                    if (!c.isBlank()) {
                        tags.add(c.strip());
                    }
                }
            }
            entries.add(new FeedEntry(url, title(outline), attr(outline, "htmlurl"), List.copyOf(tags)));
        }
        return entries;
    }

    /** An OPML 2.0 document listing {@code entries}. */
    public static String write(List<FeedEntry> entries, ZonedDateTime created) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n")
                .append("    <title>Lede subscriptions</title>\n    <dateCreated>")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(created.withZoneSameInstant(ZoneOffset.UTC)))
                .append("</dateCreated>\n  </head>\n  <body>\n");
        for (FeedEntry e : entries) {
            String title = e.title() == null ? e.url() : e.title();
            out.append("    <outline type=\"rss\" text=\"").append(escape(title)).append("\" title=\"")
                    .append(escape(title)).append("\" xmlUrl=\"").append(escape(e.url())).append('"');
            if (e.site() != null) {
                out.append(" htmlUrl=\"").append(escape(e.site())).append('"');
            }
            if (!e.tags().isEmpty()) {
                out.append(" category=\"").append(escape(String.join(",", e.tags()))).append('"');
            }
            out.append("/>\n");
        }
        return out.append("  </body>\n</opml>\n").toString();
    }

    private static String title(Element outline) {
        String title = attr(outline, "title");
        return title != null ? title : attr(outline, "text");
    }

    /** An attribute by name in any case (exports differ: xmlUrl, xmlurl, XMLURL), or null when blank. */
    private static String attr(Element e, String lowerName) {
        for (Attribute a : e.attributes()) {
            if (a.getKey().toLowerCase(Locale.ROOT).equals(lowerName)) {
                String value = a.getValue().strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') { // XML 1.0 allows no other controls
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
