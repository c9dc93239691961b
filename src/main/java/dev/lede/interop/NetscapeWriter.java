package dev.lede.interop;

import dev.lede.model.Article;
import java.io.PrintWriter;
import org.jsoup.nodes.Entities;

/**
 * Writes a Netscape bookmark file, the format every browser, buku and Pinboard import: one
 * {@code <DT><A HREF ADD_DATE TAGS>} per article, the article's own tags; unread ones carry
 * {@code TOREAD="1"}, Pinboard's mark, which {@link NetscapeBookmarks} reads back.
 */
public final class NetscapeWriter {
    private final PrintWriter out;

    public NetscapeWriter(PrintWriter out) {
        this.out = out;
    }

    public void header() {
        out.println("<!DOCTYPE NETSCAPE-Bookmark-file-1>");
        out.println("<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->");
        out.println("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">");
        out.println("<TITLE>Bookmarks</TITLE>");
        out.println("<H1>Bookmarks</H1>");
        out.println("<DL><p>");
    }

    public void article(Article a) {
        StringBuilder line = new StringBuilder("    <DT><A HREF=\"").append(attr(a.url())).append('"')
                .append(" ADD_DATE=\"").append(a.saved().getEpochSecond()).append('"');
        if (!a.tags().isEmpty()) {
            line.append(" TAGS=\"").append(attr(String.join(",", a.tags()))).append('"');
        }
        if (!a.read()) {
            line.append(" TOREAD=\"1\"");
        }
        line.append('>').append(Entities.escape(a.title())).append("</A>");
        out.println(line);
    }

    public void footer() {
        out.println("</DL><p>");
    }

    private static String attr(String s) {
        return Entities.escape(s).replace("\"", "&quot;");
    }
}
