package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bounded fuzzing with hostile markup (issue 16): every page gives an article or fails as
 * too complex; nothing else is thrown and nothing runs past the budget, which is what makes
 * the run end. Times are reported by bench/hostile.sh, not asserted here.
 */
class HostileFuzzTest {
    private final Extractor extractor = new Extractor();

    @Test
    void everyShapeGivesTheArticleOrFailsAsTooComplex() {
        for (HostileMarkup.Shape shape : HostileMarkup.SHAPES) {
            check(shape.name(), shape.page(5_000));
        }
    }

    @Test
    void mixturesOfShapesGiveAnArticleOrFailAsTooComplex() {
        Random random = new Random(16);
        for (int i = 0; i < 40; i++) {
            check("mixture " + i, HostileMarkup.mixture(random, 3_000));
        }
    }

    @Test
    void randomTagSoupAlwaysGivesWellFormedHtml() {
        String[] tags = {"div", "p", "span", "b", "a href=\"/x\"", "table", "tr", "td", "th", "tbody", "thead", "caption",
            "ul", "ol", "li", "blockquote", "pre", "code", "h1", "h2", "h3", "figure", "figcaption", "em", "section",
            "article", "dl", "dd", "font", "center", "i", "sup"};
        String[] voids = {"img src=\"/i.jpg\"", "br", "hr"};
        Random random = new Random(13);
        for (int page = 0; page < 150; page++) {
            StringBuilder sb = new StringBuilder("<html><body>");
            for (int i = 0, n = 20 + random.nextInt(400); i < n; i++) {
                int r = random.nextInt(10);
                if (r < 4) {
                    sb.append('<').append(tags[random.nextInt(tags.length)]).append('>');
                } else if (r < 6) {
                    sb.append("</").append(tags[random.nextInt(tags.length)].split(" ")[0]).append('>');
                } else if (r < 7) {
                    sb.append('<').append(voids[random.nextInt(voids.length)]).append('>');
                } else {
                    sb.append("Words of the article, with commas, and more words ").append(i).append(". ");
                }
            }
            byte[] bytes = sb.append("</body></html>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ExtractedArticle a = extractor.extract(new Page(bytes, "https://soup.example.org/p", "text/html", null));
            String problem = Nesting.problem(a.html());
            assertTrue(problem == null, "page " + page + ": " + problem + "\n" + new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private void check(String what, byte[] bytes) {
        try {
            ExtractedArticle a = extractor.extract(new Page(bytes, "https://harbour.example.org/n", "text/html", null));
            assertTrue(a.text().contains("The harbour board met on Tuesday"), what + ": " + a.text());
            assertTrue(Nesting.problem(a.html()) == null, what + ": " + Nesting.problem(a.html()));
        } catch (PageTooComplexException e) {
            assertTrue(e.getMessage().startsWith("page too complex"), what);
        }
    }
}
