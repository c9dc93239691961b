package dev.lede.render;

import dev.lede.model.Article;
import dev.lede.model.ArticleSummary;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A whole article set for the terminal (title block, body, links), and the facts rows show about it. */
public final class ArticleText {
    private ArticleText() {
    }

    /**
     * Title block, a blank line, then the body, at {@code width} columns, for printing: each
     * link whole on its line (the terminal wraps it), so that it can be copied and clicked.
     */
    public static List<Line> lines(Article article, int width) {
        return lines(article, width, List.of());
    }

    /** The same with the article's highlights marked in the body. */
    public static List<Line> lines(Article article, int width, List<dev.lede.model.Highlight> highlights) {
        List<Line> lines = new ArrayList<>(Layout.center(titleBlock(article.summary(), Layout.measure(width)), width));
        List<Line> body = HighlightMarks.mark(Layout.body(document(article), width, true), highlights);
        if (!body.isEmpty()) {
            lines.add(Line.BLANK);
            lines.addAll(body);
        }
        return lines;
    }

    /** The article's body read into blocks, without a first heading that only repeats the title. */
    public static Document document(Article article) {
        Document doc = HtmlBlocks.read(article.html());
        if (!doc.blocks().isEmpty() && doc.blocks().get(0) instanceof Block.Heading h) {
            StringBuilder text = new StringBuilder();
            h.text().forEach(r -> text.append(r.text()));
            if (text.toString().strip().equalsIgnoreCase(TerminalText.clean(article.title()).strip())) {
                return new Document(doc.blocks().subList(1, doc.blocks().size()), doc.links());
            }
        }
        return doc;
    }

    /** The title (wrapped) and one line of facts: site · byline · date · minutes · tags ★. */
    public static List<Line> titleBlock(ArticleSummary article, int width) {
        List<Line> lines = new ArrayList<>(Layout.wrap(TerminalText.clean(article.title()), Style.TITLE, width));
        lines.addAll(Layout.wrap(facts(article), Style.DIM, width));
        return lines;
    }

    /** {@code site · byline · 2025-03-02 · 6 min · #city #transit ★}. */
    public static String facts(ArticleSummary a) {
        List<String> parts = new ArrayList<>();
        parts.add(site(a));
        if (a.byline() != null && !a.byline().isBlank()) {
            parts.add(TerminalText.clean(a.byline()).strip());
        }
        parts.add(date(a));
        parts.add(a.readingMinutes() + " min");
        String text = String.join(" · ", parts);
        String tags = tags(a);
        if (!tags.isEmpty()) {
            text += " · " + tags;
        }
        return a.bookmarked() ? text + " ★" : text;
    }

    /** {@code #city #transit}. */
    public static String tags(ArticleSummary a) {
        StringBuilder out = new StringBuilder();
        for (String tag : a.tags()) {
            out.append(out.length() == 0 ? "#" : " #").append(TerminalText.clean(tag));
        }
        return out.toString();
    }

    /** The published day when known, else the day it was saved. */
    public static String date(ArticleSummary a) {
        if (a.published() != null && a.published().length() >= 10 && a.published().charAt(4) == '-') {
            return TerminalText.clean(a.published().substring(0, 10));
        }
        return a.saved().atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }

    /** The site's name, else its host without {@code www.}, else {@code file} for imported files. */
    public static String site(ArticleSummary a) {
        if (a.site() != null && !a.site().isBlank()) {
            return TerminalText.clean(a.site()).strip();
        }
        if (a.url().startsWith("file:")) {
            return "file";
        }
        try {
            String host = new URI(a.url()).getHost();
            if (host != null) {
                host = host.toLowerCase(Locale.ROOT);
                return TerminalText.clean(host.startsWith("www.") ? host.substring(4) : host);
            }
        } catch (Exception e) {
            // not a URI: fall through
        }
        return "";
    }
}
