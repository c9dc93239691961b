package dev.lede.interop;

import dev.lede.model.Article;
import dev.lede.model.Highlight;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An article as a Markdown note, the way Obsidian and other note-taking tools keep them: YAML
 * front matter (title, url, site, author, published, saved, tags, bookmarked, read), the body
 * converted from Lede's clean HTML, and its highlights as quotes with their notes.
 */
public final class MarkdownWriter {
    private MarkdownWriter() {
    }

    /** A file name for the article: its id and a slug of its title, {@code 0012-council-approves-bike-lanes.md}. */
    public static String fileName(Article a) {
        String slug = java.text.Normalizer.normalize(a.title(), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return String.format("%04d%s.md", a.id(), slug.isEmpty() ? "" : "-" + slug);
    }

    /** The whole note. */
    public static String write(Article a, String site, List<Highlight> highlights) {
        StringBuilder md = new StringBuilder("---\n");
        field(md, "title", a.title());
        field(md, "url", a.url());
        field(md, "site", site);
        field(md, "author", a.byline());
        field(md, "published", a.published());
        field(md, "saved", a.saved().toString());
        md.append("tags: [");
        for (int i = 0; i < a.tags().size(); i++) {
            md.append(i > 0 ? ", " : "").append(yaml(a.tags().get(i)));
        }
        md.append("]\n");
        md.append("bookmarked: ").append(a.bookmarked()).append('\n');
        md.append("read: ").append(a.read()).append('\n');
        md.append("---\n\n");
        md.append(body(a.html()).strip()).append('\n');
        if (!highlights.isEmpty()) {
            md.append("\n## Highlights\n");
            for (Highlight h : highlights) {
                md.append('\n');
                for (String line : h.quote().strip().split("\\R")) {
                    md.append("> ").append(line).append('\n');
                }
                if (h.note() != null) {
                    md.append('\n').append(h.note()).append('\n');
                }
            }
        }
        return md.toString();
    }

    private static void field(StringBuilder md, String key, String value) {
        if (value != null && !value.isBlank()) {
            md.append(key).append(": ").append(yaml(value.strip())).append('\n');
        }
    }

    /** A YAML double-quoted scalar: always quoted, so titles with colons or quotes stay strings. */
    private static String yaml(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Lede's clean article HTML (its small tag set) as Markdown. */
    static String body(String html) {
        StringBuilder md = new StringBuilder();
        blocks(Jsoup.parseBodyFragment(html).body(), md, "");
        return md.toString().replaceAll("\n{3,}", "\n\n");
    }

    private static void blocks(Element parent, StringBuilder md, String prefix) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode t) {
                if (!t.isBlank()) {
                    md.append(prefix).append(escape(t.text().strip())).append("\n\n");
                }
                continue;
            }
            if (!(node instanceof Element e)) {
                continue;
            }
            String tag = e.tagName();
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" ->
                        md.append(prefix).append("#".repeat(tag.charAt(1) - '0')).append(' ').append(inline(e).strip()).append("\n\n");
                case "p", "figcaption", "caption" -> md.append(prefix).append(inline(e).strip()).append("\n\n");
                case "blockquote" -> blocks(e, md, prefix + "> ");
                case "pre" -> {
                    md.append(prefix).append("```\n");
                    for (String line : e.wholeText().replaceAll("\n$", "").split("\n", -1)) {
                        md.append(prefix).append(line).append('\n');
                    }
                    md.append(prefix).append("```\n\n");
                }
                case "ul", "ol" -> {
                    int n = 1;
                    for (Element li : e.children()) {
                        String marker = tag.equals("ol") ? (n++) + ". " : "- ";
                        md.append(prefix).append(marker).append(inline(li).strip().replace("\n", "\n" + prefix + "   ")).append('\n');
                    }
                    md.append('\n');
                }
                case "hr" -> md.append(prefix).append("---\n\n");
                case "table" -> table(e, md, prefix);
                case "img" -> md.append(prefix).append(inline(e)).append("\n\n");
                default -> blocks(e, md, prefix);
            }
        }
    }

    private static void table(Element table, StringBuilder md, String prefix) {
        boolean first = true;
        for (Element row : table.select("tr")) {
            List<String> cells = row.select("> th, > td").stream().map(c -> inline(c).strip().replace("|", "\\|")).toList();
            md.append(prefix).append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (first) {
                md.append(prefix).append("|").append(" --- |".repeat(Math.max(1, cells.size()))).append('\n');
                first = false;
            }
        }
        md.append('\n');
    }

    private static String inline(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                out.append(escape(t.text()));
            } else if (node instanceof Element c) {
                switch (c.tagName()) {
                    case "em", "i" -> out.append('*').append(inline(c).strip()).append('*');
                    case "strong", "b" -> out.append("**").append(inline(c).strip()).append("**");
                    case "code" -> out.append('`').append(c.text()).append('`');
                    case "a" -> out.append('[').append(inline(c)).append("](").append(c.attr("href")).append(')');
                    case "img" -> out.append("![").append(escape(c.attr("alt"))).append("](").append(c.attr("src")).append(')');
                    case "br" -> out.append("  \n");
                    default -> out.append(inline(c));
                }
            }
        }
        return out.toString();
    }

    /** Markdown's inline markers in text escaped, so text stays text. */
    private static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>])", "\\\\$1");
    }
}
