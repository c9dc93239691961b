package dev.lede.extract;

import dev.lede.model.ControlText;
import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Entities;

/**
 * A Markdown article ({@code .md}) read as CommonMark: fenced and indented code stays code,
 * links become links, emphasis is emphasis. The title is the front matter's {@code title},
 * else the first level-1 heading, else the first line; the HTML then goes through the
 * extractor's cleaning as a page would.
 */
public final class MarkdownArticle {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final Extractor EXTRACTOR = new Extractor();
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n---[ \\t]*(\\n|\\z)", Pattern.DOTALL);
    private static final Pattern TITLE_FIELD = Pattern.compile("(?m)^title:[ \\t]*(.+?)[ \\t]*$");

    private MarkdownArticle() {
    }

    public static ExtractedArticle parse(byte[] bytes, String charset, String url) {
        return parse(Charsets.decode(bytes, charset), url);
    }

    public static ExtractedArticle parse(String markdown, String url) {
        String text = ControlText.strip(markdown, true);
        String title = null;
        Matcher front = FRONT_MATTER.matcher(text);
        if (front.find()) {
            Matcher t = TITLE_FIELD.matcher(front.group(1));
            if (t.find()) {
                title = unquote(t.group(1));
            }
            text = text.substring(front.end());
        }
        Node document = PARSER.parse(text);
        if (title == null) {
            title = firstHeading(document);
        }
        if (title == null) {
            String first = text.strip().lines().findFirst().orElse("");
            title = first.replaceAll("^#+\\s*", "").strip();
        }
        String body = RENDERER.render(document);
        String html = "<html><head><title>" + Entities.escape(title) + "</title></head><body><article>"
                + (body.contains("<h1>") ? "" : "<h1>" + Entities.escape(title) + "</h1>") + body
                + "</article></body></html>";
        ExtractedArticle extracted = EXTRACTOR.extract(new Page(html.getBytes(StandardCharsets.UTF_8), url,
                "text/html", "UTF-8"));
        return new ExtractedArticle(title.isEmpty() ? extracted.title() : title, extracted.byline(), extracted.site(),
                extracted.published(), extracted.language(), extracted.canonicalUrl(), extracted.leadImage(),
                extracted.excerpt(), extracted.html(), extracted.text());
    }

    /** The text of the first level-1 heading, or null. */
    private static String firstHeading(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                StringBuilder out = new StringBuilder();
                for (Node c = h.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Text t) {
                        out.append(t.getLiteral());
                    }
                }
                return out.toString().strip();
            }
        }
        return null;
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return v;
    }
}
