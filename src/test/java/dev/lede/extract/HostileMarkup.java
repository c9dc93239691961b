package dev.lede.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Pages built to be slow or to break an extractor: deep nesting, huge runs of siblings, long
 * words, many empty elements, and mixtures of them. Each shape makes a page of about
 * {@code n} repetitions after a short real article, so a page that survives has an answer.
 * Shared by {@link HostileBench} (bench/hostile.sh) and {@link HostileFuzzTest}.
 */
final class HostileMarkup {
    /** A kind of hostile page: a name and the markup for n repetitions. */
    record Shape(String name, IntFunction<String> markup) {
        byte[] page(int n) {
            return ("<html><head><title>Harbour news</title></head><body>" + ARTICLE + markup.apply(n) + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The real article every hostile page carries, before its hostile part. */
    static final String ARTICLE = "<article><p>"
            + "The harbour board met on Tuesday, and it agreed, after a long debate, to dredge the channel. ".repeat(6)
            + "</p></article>";

    static final List<Shape> SHAPES = List.of(
            // Deep nesting (the parser caps depth, which turns the rest into siblings).
            new Shape("nested div>span>b", n -> "<div><span><b>".repeat(n)),
            new Shape("nested div", n -> "<div>".repeat(n)),
            new Shape("nested blockquote", n -> "<blockquote>q, ".repeat(n)),
            new Shape("nested table", n -> "<table><tr><td>cell, ".repeat(n)),
            new Shape("nested list", n -> "<ul><li>item, ".repeat(n)),
            new Shape("nested links", n -> "<a href=\"/x\">link ".repeat(n)),
            new Shape("misnested formatting", n -> "<b><i>x</b></i>".repeat(n)),
            // Huge flat runs of siblings.
            new Shape("flat paragraphs", n -> "<p>A paragraph, with a comma.</p>".repeat(n)),
            new Shape("flat spans in one paragraph", n -> "<p>" + "<span>word</span> ".repeat(n) + "</p>"),
            new Shape("flat link list", n -> "<ul>" + "<li><a href=\"/s\">Story</a></li>".repeat(n) + "</ul>"),
            new Shape("flat line breaks", n -> "<div>" + "text, more<br>".repeat(n) + "</div>"),
            new Shape("flat table rows", n -> "<table>" + "<tr><td>a, b</td><td>c</td></tr>".repeat(n) + "</table>"),
            new Shape("flat images", n -> "<div>" + "<img src=\"/i.jpg\" alt=\"a\">".repeat(n) + "</div>"),
            new Shape("flat furniture divs", n -> "<div class=\"share-bar\"><a href=\"/s\">Share</a></div>".repeat(n)),
            new Shape("flat comments and scripts", n -> "<!-- c --><script>var x=1;</script>".repeat(n)),
            // Long words.
            new Shape("one long word", n -> "<p>" + "x".repeat(n * 14) + "</p>"),
            new Shape("many long words", n -> "<p>" + ("y".repeat(10_000) + " ").repeat(Math.max(1, n / 700)) + "</p>"),
            // Many empty elements.
            new Shape("empty paragraphs", n -> "<p></p>".repeat(n)),
            new Shape("empty divs", n -> "<div></div>".repeat(n)),
            new Shape("empty inline", n -> "<p>" + "<b></b><i></i>".repeat(n) + "</p>"),
            // Other things an extractor reads.
            new Shape("long class names", n -> ("<div class=\"" + "content-sidebar-".repeat(200) + "\"><p>Text, here.</p></div>")
                    .repeat(Math.max(1, n / 300))),
            new Shape("deep JSON-LD", n -> "<script type=\"application/ld+json\">" + "[".repeat(n) + "]".repeat(n) + "</script>"),
            new Shape("entity flood", n -> "<p>" + "&amp;&lt;&#x41;&nbsp;".repeat(n) + "</p>"));

    private HostileMarkup() {
    }

    /** A random mixture of shapes, each at a random share of {@code n}: for fuzzing. */
    static byte[] mixture(Random random, int n) {
        StringBuilder sb = new StringBuilder("<html><head><title>Mix</title></head><body>").append(ARTICLE);
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            Shape shape = SHAPES.get(random.nextInt(SHAPES.size()));
            sb.append(shape.markup().apply(1 + random.nextInt(n)));
            if (random.nextBoolean()) {
                sb.append(ARTICLE);
            }
        }
        return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
