package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.model.ExtractedArticle;
import dev.lede.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The extracted HTML is always well-formed and nests as the source does. */
class WellFormedOutputTest {
    /** The shared benchmark pages sit beside the project; not in the repository (they are not ours to copy). */
    private static final Path BENCH_PAGES = Path.of("..", "shared", "bench", "extraction", "html");

    private final Extractor extractor = new Extractor();

    @Test
    void everyBenchmarkPageGivesBalancedHtml() throws IOException {
        assumeTrue(Files.isDirectory(BENCH_PAGES), "skipped: no benchmark pages at " + BENCH_PAGES.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.list(BENCH_PAGES)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (!file.toString().endsWith(".html")) {
                    continue;
                }
                pages++;
                ExtractedArticle a = extractor.extract(new Page(Files.readAllBytes(file), "https://example.org/", "text/html", null));
                String problem = a.isEmpty() ? "no article" : Nesting.problem(a.html());
                if (problem != null) {
                    problems.add(file.getFileName() + ": " + problem);
                }
            }
        }
        assertTrue(pages > 0, "no pages in " + BENCH_PAGES);
        assertEquals(List.of(), problems);
    }

    @Test
    void anEmbeddedTweetIsOneClosedQuoteAndTheArticleGoesOnAfterIt() {
        ExtractedArticle a = extractor.extract(new Page(ExtractorTest.fixture("embedded-tweet.html"),
                "https://gazette.example.com/ferry-strike", "text/html", null));
        assertNull(Nesting.problem(a.html()), a.html());
        Element body = Jsoup.parseBodyFragment(a.html()).body();
        assertEquals(2, body.select("blockquote").size(), a.html());
        assertTrue(body.select("blockquote").get(0).text().contains("We remain ready to talk"));
        assertTrue(body.select("blockquote").get(0).text().contains("Harbour Crews Union"));
        for (String after : List.of("The operator replied", "Commuters, meanwhile", "The council said")) {
            Element p = body.selectFirst("p:containsOwn(" + after + ")");
            assertNotNull(p, after + " is kept: " + a.html());
            assertTrue(p.parents().stream().noneMatch(e -> e.nameIs("blockquote")), after + " is not drawn as a quote");
        }
    }

    @Test
    void theCheckFindsWhatABrowserWouldRepair() {
        assertNull(Nesting.problem("<p>a <a href=\"x\">b</a></p><blockquote><p>c</p></blockquote>"));
        assertNotNull(Nesting.problem("<blockquote><p>quoted</p>"), "left open");
        assertNotNull(Nesting.problem("<blockquote><p>quoted</blockquote></p>"), "closed out of order");
        assertNotNull(Nesting.problem("<p>a<ul><li>b</li></ul></p>"), "a list cannot sit in a paragraph");
        assertNotNull(Nesting.problem("<td>a</td>"), "a cell outside a table is dropped");
    }
}
