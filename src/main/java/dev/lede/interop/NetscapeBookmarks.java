package dev.lede.interop;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Netscape bookmark files, as every browser, buku and Pinboard write them:
 * {@code <DT><A HREF ADD_DATE TAGS>title</A>} inside {@code <DL>} lists, each folder an
 * {@code <H3>} before its list. Folders become tags, except the browsers' own top folders.
 * Pinboard's {@code TOREAD="1"} means unread; anything else is taken as read, as bookmarks are.
 */
final class NetscapeBookmarks {
    private static final Set<String> BROWSER_FOLDERS = Set.of("bookmarks bar", "bookmarks toolbar", "bookmarks menu",
            "other bookmarks", "mobile bookmarks", "bookmarks", "favorites bar", "unsorted bookmarks");

    private NetscapeBookmarks() {
    }

    static boolean accepts(String head) {
        // At each "<!" rather than on an upper-cased copy: import asks this of every saved page.
        String doctype = "<!DOCTYPE NETSCAPE-BOOKMARK-FILE";
        for (int at = head.indexOf("<!"); at >= 0; at = head.indexOf("<!", at + 2)) {
            if (head.regionMatches(true, at, doctype, 0, doctype.length())) {
                return true;
            }
        }
        return false;
    }

    static List<ImportedArticle> read(byte[] bytes) {
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        List<ImportedArticle> out = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            String url = a.attr("href").strip();
            if (!url.regionMatches(true, 0, "http", 0, 4)) {
                continue; // javascript: bookmarklets, place: queries, file: links
            }
            Set<String> tags = new LinkedHashSet<>(Values.tags(a.attr("tags"), ","));
            tags.addAll(folders(a));
            Instant added = Values.time(a.attr("add_date"));
            boolean unread = a.attr("toread").equals("1");
            out.add(ImportedArticle.link(url, a.text(), added, List.copyOf(tags), !unread, false));
        }
        return out;
    }

    /** The folders holding a link, outermost first. */
    private static List<String> folders(Element link) {
        List<String> out = new ArrayList<>();
        for (Element e : link.parents()) {
            if (!e.tagName().equals("dl")) {
                continue;
            }
            Element heading = e.previousElementSibling();
            if (heading == null && e.parent() != null && e.parent().tagName().equals("dt")) {
                heading = e.parent().selectFirst("> h3");
            }
            if (heading != null && heading.tagName().equals("h3") && !heading.hasAttr("personal_toolbar_folder")
                    && !heading.hasAttr("unfiled_bookmarks_folder")
                    && !BROWSER_FOLDERS.contains(heading.text().strip().toLowerCase(Locale.ROOT))) {
                out.add(0, heading.text().strip());
            }
        }
        return out;
    }
}
