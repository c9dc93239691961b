package dev.lede.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineTextTest {
    private static List<String> sentences(String html, int width) {
        LineText text = LineText.of(Layout.render(HtmlBlocks.read(html), width).lines());
        return text.sentences().stream().map(s -> text.text().substring(s.start(), s.end())).toList();
    }

    @Test
    void sentencesRunAcrossLineBreaksButNotIntoTheNextParagraph() {
        assertEquals(List.of("The council voted on Tuesday.", "Lanes follow the riverside road.", "A heading without a stop",
                        "Work starts in May."),
                sentences("<p>The council voted on Tuesday. Lanes follow the riverside road.</p><h3>A heading without a stop</h3>"
                        + "<p>Work starts in May.</p>", 20));
    }

    @Test
    void eachListItemAndQuoteStandsAloneWithoutItsBulletOrBar() {
        assertEquals(List.of("first item", "second item", "Said in a quote."),
                sentences("<ul><li>first item</li><li>second item</li></ul><blockquote><p>Said in a quote.</p></blockquote>", 60));
    }

    @Test
    void linkNumbersAreNotPartOfTheText() {
        assertEquals(List.of("Read the report by the council.", "Links", "1] https://example.org/report"),
                sentences("<p>Read the <a href=\"https://example.org/report\">report</a> by the council.</p>", 60));
    }

    @Test
    void findMatchesSpacesLooselyAndSaysWhereItIs() {
        LineText text = LineText.of(Layout.render(HtmlBlocks.read("<p>The council voted on Tuesday to build lanes.</p>"), 12).lines());
        LineText.Span span = text.find("voted  on\nTuesday");
        assertEquals("voted on Tuesday", text.text().substring(span.start(), span.end()));
        assertEquals(text.line(span.start()) + 1, text.line(span.end() - 1));
        assertNull(text.find("not in it"));
    }
}
