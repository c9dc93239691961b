package dev.lede.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Generated article HTML of the shapes that make layout work hard, each scaled by {@code n}:
 * long words, words split into many styled pieces, deep nesting, huge flat runs, wide and
 * tall tables, many links, long runs of combining marks. Used by {@link LayoutFuzzTest}
 * (small n) and {@link LayoutHostileBench} (large n).
 */
final class HostileMarkup {
    private HostileMarkup() {
    }

    static Map<String, IntFunction<String>> shapes() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("long word", n -> "<p>" + "w".repeat(n) + "</p>");
        shapes.put("long word of styled pieces", n -> "<p>" + "<b>ab</b><i>cd</i>".repeat(n / 4) + "</p>");
        shapes.put("long CJK and emoji word", n -> "<p>" + "東京🚲".repeat(n / 3) + "</p>");
        shapes.put("combining marks", n -> "<p>a" + "\u0301".repeat(n) + " b</p>");
        shapes.put("many empty paragraphs", n -> "<p></p>".repeat(n / 7));
        shapes.put("many short paragraphs", n -> "<p>x</p>".repeat(n / 8));
        shapes.put("flat spans in one paragraph", n -> "<p>" + "<span>word </span>".repeat(n / 18) + "</p>");
        shapes.put("deep quotes", n -> "<blockquote>".repeat(Math.min(n / 12, 5_000)) + "deep text here");
        shapes.put("deep lists", n -> "<ul><li>".repeat(Math.min(n / 8, 5_000)) + "deep item");
        shapes.put("wide table", n -> "<table><tr>" + "<td>cell text</td>".repeat(n / 18) + "</tr></table>");
        shapes.put("tall table", n -> "<table>" + "<tr><td>a</td><td>b</td></tr>".repeat(n / 30) + "</table>");
        shapes.put("many links", n -> "<p>" + "<a href=\"https://example.com/x\">link</a> ".repeat(n / 40) + "</p>");
        shapes.put("long preformatted line", n -> "<pre>" + "x".repeat(n) + "</pre>");
        shapes.put("many spaces", n -> "<p>a" + " ".repeat(n) + "b</p>");
        return shapes;
    }
}
