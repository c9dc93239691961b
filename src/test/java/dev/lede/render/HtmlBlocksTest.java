package dev.lede.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBlocksTest {

    @Test
    void readsHeadingsParagraphsAndRules() {
        Document doc = HtmlBlocks.read("<h2>Title</h2><p>One <b>two</b></p><hr><p>three</p>");
        assertEquals(4, doc.blocks().size());
        assertEquals(new Block.Heading(2, List.of(Run.plain("Title"))), doc.blocks().get(0));
        assertEquals(new Block.Paragraph(List.of(Run.plain("One "), new Run("two", Style.BOLD))), doc.blocks().get(1));
        assertInstanceOf(Block.Rule.class, doc.blocks().get(2));
    }

    @Test
    void numbersLinksInReadingOrderAndReusesTheNumberOfARepeatedLink() {
        Document doc = HtmlBlocks.read("<p><a href=\"https://a.example/\">A</a>, <a href=\"https://b.example/\">B</a>"
                + " and <a href=\"https://a.example/\">A again</a> <a href=\"#top\">top</a></p>");
        assertEquals(List.of("https://a.example/", "https://b.example/"), doc.links());
        assertEquals("A[1], B[2] and A again[1] top", text(doc.blocks().get(0)));
    }

    @Test
    void decodesCharacterReferences() {
        Document doc = HtmlBlocks.read("<p>a &amp; b &lt;c&gt; &#8212; &#x4E2D; &nbsp;&unknown;</p>");
        assertEquals("a & b <c> — 中 \u00a0&unknown;", text(doc.blocks().get(0)));
    }

    @Test
    void collapsesWhiteSpaceButKeepsLineBreaks() {
        Document doc = HtmlBlocks.read("<p>  one\n   two <br>  three  </p>");
        assertEquals("one two\nthree", text(doc.blocks().get(0)));
    }

    @Test
    void readsNestedListsAsItemsOfBlocks() {
        Document doc = HtmlBlocks.read("<ol start=\"3\"><li>a<ul><li>b</li></ul></li><li>c</li></ol>");
        Block.ListBlock list = (Block.ListBlock) doc.blocks().get(0);
        assertEquals(true, list.ordered());
        assertEquals(3, list.start());
        assertEquals(2, list.items().size());
        assertInstanceOf(Block.ListBlock.class, list.items().get(0).get(1));
    }

    @Test
    void keepsCodeLinesAsTheyAre() {
        Document doc = HtmlBlocks.read("<pre><code>if (a &lt; b) {\n\treturn;\n}\n</code></pre>");
        assertEquals(new Block.Code(List.of("if (a < b) {", "    return;", "}")), doc.blocks().get(0));
    }

    @Test
    void readsTablesWithHeaderCellsAndColumnSpans() {
        Document doc = HtmlBlocks.read("<table><caption>Costs</caption><tr><th>A</th><th>B</th></tr>"
                + "<tr><td colspan=\"2\">wide</td></tr></table>");
        Block.Table table = (Block.Table) doc.blocks().get(0);
        assertEquals("Costs", table.caption());
        assertEquals(List.of(new Block.Cell("A", true), new Block.Cell("B", true)), table.rows().get(0));
        assertEquals(List.of(new Block.Cell("wide", false), new Block.Cell("", false)), table.rows().get(1));
    }

    @Test
    void readsImagesAsTheirDescription() {
        Document doc = HtmlBlocks.read("<figure><img src=\"x.png\" alt=\"A map\"><figcaption>Lanes</figcaption></figure>");
        assertEquals(new Block.Image("A map"), doc.blocks().get(0));
        assertEquals(new Block.Paragraph(List.of(new Run("Lanes", Style.DIM))), doc.blocks().get(1));
    }

    @Test
    void dropsScriptsStylesAndEscapeSequences() {
        Document doc = HtmlBlocks.read("<p>safe\u001b[2J<script>alert(1)</script><style>p{}</style> text\u0007</p>");
        assertEquals("safe text", text(doc.blocks().get(0)));
    }

    @Test
    void keepsTheTextOfUnknownTagsAndSurvivesBrokenMarkup() {
        Document doc = HtmlBlocks.read("<div><span>one</span><p>two<p>three</div><b>four");
        assertEquals(4, doc.blocks().size());
        assertEquals("four", text(doc.blocks().get(3)));
    }

    private static String text(Block block) {
        StringBuilder out = new StringBuilder();
        for (Run run : ((Block.Paragraph) block).text()) {
            out.append(run.text());
        }
        return out.toString();
    }
}
