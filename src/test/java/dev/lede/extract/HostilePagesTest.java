package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Pages built to be slow (issue 16): extraction is linear in the page, and a time budget
 * fails what is still too slow with a clear error instead of running on. Timings are not
 * asserted here (bench/hostile.sh reports them); results and failures are.
 */
class HostilePagesTest {
    private static final String ARTICLE = "<article><h1>Harbour news</h1><p>"
            + "The harbour board met on Tuesday, and it agreed, after a long debate, to dredge the channel. ".repeat(6)
            + "</p></article>";

    /** The first page: {@code <div><span><b>} nested 100,000 times (1.4 MB), after a short article. */
    static byte[] nestedInlinePage() {
        return ("<html><body>" + ARTICLE + "<div><span><b>".repeat(100_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The second page: 200,000 empty paragraphs after a short article. */
    static byte[] emptyParagraphsPage() {
        return ("<html><body>" + ARTICLE + "<p></p>".repeat(200_000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static Page page(byte[] bytes) {
        return new Page(bytes, "https://harbour.example.org/news", "text/html", null);
    }

    @Test
    void deeplyNestedInlineMarkupGivesTheArticleOrFailsAsTooComplex() {
        assertArticleOrTooComplex(new Extractor(), nestedInlinePage());
    }

    @Test
    void manyEmptyParagraphsGiveTheArticleOrFailAsTooComplex() {
        assertArticleOrTooComplex(new Extractor(), emptyParagraphsPage());
    }

    @Test
    void withTimeEnoughBothHostilePagesGiveTheArticleAndNothingElse() {
        // A budget far above what linear work needs: the work itself must end, and end right.
        Extractor patient = new Extractor(Duration.ofMinutes(2));
        for (byte[] bytes : new byte[][] {nestedInlinePage(), emptyParagraphsPage()}) {
            ExtractedArticle a = patient.extract(page(bytes));
            assertTrue(a.text().startsWith("The harbour board met on Tuesday"), a.text());
            assertEquals(1, a.html().split("<p>", -1).length - 1, "one paragraph, no empty ones: " + a.html().length());
        }
    }

    @Test
    void aPageOverItsBudgetFailsWithAClearMessage() {
        Extractor hasty = new Extractor(Duration.ofMillis(1));
        PageTooComplexException e = assertThrows(PageTooComplexException.class,
                () -> hasty.extract(page(nestedInlinePage())));
        assertTrue(e.getMessage().startsWith("page too complex: extraction stopped after 1 ms"), e.getMessage());
    }

    @Test
    void anOrdinaryPageIsWellWithinTheDefaultBudget() {
        ExtractedArticle a = new Extractor().extract(page(("<html><body>" + ARTICLE + "</body></html>")
                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(a.text().startsWith("The harbour board met"));
    }

    @Test
    void theBudgetMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Extractor(Duration.ZERO));
    }

    private static void assertArticleOrTooComplex(Extractor extractor, byte[] bytes) {
        try {
            ExtractedArticle a = extractor.extract(page(bytes));
            assertTrue(a.text().startsWith("The harbour board met on Tuesday"), a.text());
        } catch (PageTooComplexException e) {
            assertTrue(e.getMessage().startsWith("page too complex"), e.getMessage());
        }
    }
}
