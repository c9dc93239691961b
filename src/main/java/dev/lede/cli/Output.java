package dev.lede.cli;

import dev.lede.library.UrlNormalizer;
import dev.lede.model.ArticleSummary;
import dev.lede.render.ArticleText;
import dev.lede.render.TerminalText;
import java.util.LinkedHashMap;
import java.util.Map;

/** How articles look on the command line: one text row, or one JSON object. */
final class Output {
    private Output() {
    }

    /** {@code  12 ●★ 2025-03-02  Title · site · 6m #tag}; page text made terminal-safe. */
    static String row(ArticleSummary a) {
        return row(a, true);
    }

    /** As {@link #row(ArticleSummary)}; an article whose page is not fetched yet has no length ({@code --}). */
    static String row(ArticleSummary a, boolean fetched) {
        StringBuilder row = new StringBuilder();
        // By hand rather than String.format: a list prints before a Formatter would be ready
        // (its first use loads the locale's number symbols), and ids stay ASCII digits in any locale.
        String id = Long.toString(a.id());
        row.append(" ".repeat(Math.max(0, 5 - id.length()))).append(id).append(' ')
                .append(a.read() ? " " : "●").append(a.bookmarked() ? "★" : " ").append(' ')
                .append(ArticleText.date(a)).append("  ").append(TerminalText.line(a.title()));
        String site = ArticleText.site(a);
        if (!site.isEmpty()) {
            row.append(" · ").append(TerminalText.line(site));
        }
        row.append(" · ").append(fetched ? a.readingMinutes() + "m" : "--");
        for (String tag : a.tags()) {
            row.append(" #").append(TerminalText.line(tag));
        }
        return row.toString();
    }

    /** The {@code list --json} object: id, url, title, site, author, published, saved, tags, bookmarked, read, words. */
    static Map<String, Object> json(ArticleSummary a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("url", UrlNormalizer.withoutUserInfo(a.url())); // credentials saved by an older Lede stay private
        m.put("title", a.title());
        m.put("site", ArticleText.site(a));
        m.put("author", a.byline());
        m.put("published", a.published());
        m.put("saved", a.saved().toString());
        m.put("tags", a.tags());
        m.put("bookmarked", a.bookmarked());
        m.put("read", a.read());
        m.put("words", a.words());
        return m;
    }

    /** A search snippet for a terminal: hits in bold, or in [brackets] when {@code plain}. */
    static String snippet(String snippet, boolean plain) {
        StringBuilder out = new StringBuilder();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == ArticleSummary.HIT_START || c == ArticleSummary.HIT_END) {
                out.append(TerminalText.line(piece.toString()));
                piece.setLength(0);
                boolean start = c == ArticleSummary.HIT_START;
                out.append(plain ? (start ? "[" : "]") : (start ? "\u001b[1m" : "\u001b[22m"));
            } else {
                piece.append(c);
            }
        }
        return out.append(TerminalText.line(piece.toString())).toString();
    }
}
