package dev.lede.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long URLs in the link list are never hard-wrapped with an indent: they stay copyable. */
class LinkListTest {
    private static final String LONG = "https://news.example.com/2026/11/29/council-approves-riverside-bike-lanes"
            + "-after-years-of-debate?utm_source=feed&utm_medium=rss";
    private static final String HTML = "<p>See <a href=\"" + LONG + "\">the story</a> and <a href=\"https://e.com/a\">this</a>.</p>";

    @Test
    void printedOutputKeepsEachUrlWholeOnItsLine() {
        Article article = new Article(1, "https://example.com/x", null, "Links", null, null, null, null,
                Instant.EPOCH, 10, null, null, HTML, "See the story and this.", false, false, 0, List.of());
        List<String> lines = ArticleText.lines(article, 40).stream().map(Line::text).toList();
        assertEquals(List.of("Links", "[1] " + LONG, "[2] https://e.com/a"), lines.subList(lines.size() - 3, lines.size()));
    }

    @Test
    void onScreenALongUrlGoesUnderItsNumberInFullWidthPiecesWithoutIndent() {
        List<String> lines = Layout.render(HtmlBlocks.read(HTML), 40).lines().stream().map(Line::text).toList();
        int at = lines.indexOf("[1]");
        StringBuilder joined = new StringBuilder();
        for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("["); i++) {
            assertEquals(i < lines.size() - 2 ? 40 : lines.get(i).length(), lines.get(i).length(), lines.get(i));
            joined.append(lines.get(i));
        }
        assertEquals(LONG, joined.toString());
        assertEquals("[2] https://e.com/a", lines.get(lines.size() - 1));
    }
}
