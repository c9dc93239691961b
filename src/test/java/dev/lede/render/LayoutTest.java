package dev.lede.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LayoutTest {
    private static final String HOSTILE = "<h2>Lanes \u001b[31mopen\u001b[0m</h2>"
            + "<p>中文字符测试，这是一个很长的句子，用来测试换行。Emoji 🚲 and ☕ and 👍🏽 here, "
            + "see https://example.com/a/very/long/path/that/never/fits/anywhere/at/all?x=1&amp;y=2 "
            + "and <a href=\"https://example.com/more\">more</a>.\u009b2J\u202Eevil\r\u0007</p>"
            + "<ul><li>one<ul><li>two<ol><li>three</li></ol></li></ul></li></ul>"
            + "<blockquote><p>Quoted text that goes on long enough to wrap at small widths.</p></blockquote>"
            + "<pre>code line that is far too long to ever fit in a narrow terminal window at all</pre>"
            + "<table><tr><th>Route</th><th>Length</th></tr><tr><td>Riverside road</td><td>4.2 km</td></tr></table>"
            + "<p><img alt=\"A map\"></p><hr>";

    private static List<String> lay(String html, int width) {
        return Layout.render(HtmlBlocks.read(html), width).lines().stream().map(Line::text).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 40, 80, 120})
    void neverWritesPastTheWidthNorControlCharacters(int width) {
        for (Line line : Layout.render(HtmlBlocks.read(HOSTILE), width).lines()) {
            assertTrue(line.width() <= width, () -> "too wide at " + width + ": " + line.text());
            for (char c : line.text().toCharArray()) {
                assertFalse(c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u202E', () -> "control character in " + line.text());
            }
        }
    }

    @Test
    void wrapsParagraphsAtTwentyColumnsWithABlankLineBetween() {
        assertEquals(List.of(
                "The council voted on",
                "Tuesday.",
                "",
                "Second paragraph."), lay("<p>The council voted on Tuesday.</p><p>Second paragraph.</p>", 20));
    }

    @Test
    void countsWideCharactersWhenWrappingAtTwentyColumns() {
        assertEquals(List.of("中文字符测试，这是一", "个句子。"), lay("<p>中文字符测试，这是一个句子。</p>", 20));
    }

    @Test
    void breaksAUrlLongerThanTheLine() {
        assertEquals(List.of("see", "https://example.com/", "a/b/c/d/e/f/g/h/i/j", "end"),
                lay("<p>see https://example.com/a/b/c/d/e/f/g/h/i/j end</p>", 20));
    }

    @Test
    void indentsNestedListsWithBulletsAndNumbers() {
        assertEquals(List.of(
                "• one",
                "  ◦ two that wraps",
                "    here",
                "    1. three",
                "    2. four"),
                lay("<ul><li>one<ul><li>two that wraps here<ol><li>three</li><li>four</li></ol></li></ul></li></ul>", 20));
    }

    @Test
    void barsQuotesAndCutsCodeAtFortyColumns() {
        assertEquals(List.of(
                "│ We are not taking the road away from",
                "│ anyone.",
                "",
                "  int x = computeTheAnswerToEverything(…"),
                lay("<blockquote><p>We are not taking the road away from anyone.</p></blockquote>"
                        + "<pre>int x = computeTheAnswerToEverything(42, true);</pre>", 40));
    }

    @Test
    void laysOutATableThatFitsAtFortyColumns() {
        assertEquals(List.of(
                "Route     │ Length",
                "──────────┼───────",
                "Riverside │ 4.2 km",
                "Harbour   │ 2.1 km"),
                lay("<table><tr><th>Route</th><th>Length</th></tr><tr><td>Riverside</td><td>4.2 km</td></tr>"
                        + "<tr><td>Harbour</td><td>2.1 km</td></tr></table>", 40));
    }

    @Test
    void linearizesATableTooWideForTwentyColumns() {
        assertEquals(List.of(
                "Route: Riverside",
                "Length: 4.2 km",
                "Cost: 1.2 million",
                "euros"),
                lay("<table><tr><th>Route</th><th>Length</th><th>Cost</th></tr>"
                        + "<tr><td>Riverside</td><td>4.2 km</td><td>1.2 million euros</td></tr></table>", 20));
    }

    @Test
    void listsNumberedLinksAtTheEnd() {
        assertEquals(List.of(
                "Read the report[1].",
                "",
                "Links",
                "[1] https://example.com/report"),
                lay("<p>Read the <a href=\"https://example.com/report\">report</a>.</p>", 80));
    }

    @Test
    void showsImagesAsTheirDescriptionAndHeadingsInCapitals() {
        assertEquals(List.of("WHAT CHANGES", "", "[image: A map of the lanes]"),
                lay("<h2>What changes</h2><figure><img src=\"m.png\" alt=\"A map of the lanes\"></figure>", 80));
    }

    @Test
    void centersANinetyColumnMeasureAtOneHundredTwentyColumns() {
        List<String> lines = lay("<p>" + "word ".repeat(40) + "</p>", 120);
        assertTrue(lines.get(0).startsWith(" ".repeat(15) + "word"));
        assertTrue(lines.get(0).length() <= 15 + 90);
    }

    @Test
    void keepsEmojiAndCjkIntactAtEightyColumns() {
        assertEquals(List.of("Bikes 🚲 and coffee ☕ in 東京 👍"), lay("<p>Bikes 🚲 and coffee ☕\uFE0F in 東京 👍🏽</p>", 80));
    }

    // The timeouts below guard against a hang (breaking a long word used to take the square of
    // its length: 9 s for 800,000 characters); they measure nothing. bench/ reports speed.

    @Test
    @Timeout(60)
    void breaksAWordOfTwoMillionCharactersIntoFullLinesAndLosesNothing() {
        String word = "x".repeat(2_000_000);
        List<Line> lines = Layout.wrap("see " + word + " end", Style.PLAIN, 80);
        assertEquals("see", lines.get(0).text());
        assertEquals(25_000, lines.size() - 2);
        for (Line line : lines.subList(1, lines.size() - 1)) {
            assertEquals(80, line.width());
        }
        assertEquals("end", lines.get(lines.size() - 1).text());
        StringBuilder joined = new StringBuilder();
        lines.subList(1, lines.size() - 1).forEach(l -> joined.append(l.text()));
        assertEquals(word, joined.toString());
    }

    @Test
    @Timeout(60)
    void breaksALongWordMadeOfManyStyledPiecesKeepingTheirStyles() {
        List<Line> lines = lay("<p>" + "<b>ab</b><i>cd</i>".repeat(200_000) + "</p>", 40).stream()
                .map(t -> new Line(List.of(Run.plain(t)))).toList();
        assertEquals(20_000, lines.size());
        for (Line line : lines) {
            assertEquals("abcd".repeat(10), line.text());
        }
        List<Run> runs = Layout.wrap(List.of(new Run("ab", Style.BOLD), new Run("cdef", Style.PLAIN)), 3).get(1).runs();
        assertEquals(List.of(new Run("def", Style.PLAIN)), runs);
    }

    @Test
    void givesAWideCharacterThatCannotFitALineOfItsOwnRatherThanLosingIt() {
        assertEquals(List.of("a", "東", "b"), Layout.wrap("a東b", Style.PLAIN, 1).stream().map(Line::text).toList());
    }
}
