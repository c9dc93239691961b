package dev.lede.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Hostile markup (see {@link HostileMarkup}) at sizes that take the suite a few seconds:
 * layout never throws, never writes past the width, never lets a control character through.
 * Speed is reported by {@code bench/layout-hostile.sh}, not asserted here.
 */
class LayoutFuzzTest {
    private static final int[] WIDTHS = {20, 40, 80, 120};

    @Test
    void everyHostileShapeIsLaidOutWithinTheWidth() {
        for (Map.Entry<String, IntFunction<String>> shape : HostileMarkup.shapes().entrySet()) {
            String html = shape.getValue().apply(20_000);
            for (int width : WIDTHS) {
                check(shape.getKey(), html, width);
            }
        }
    }

    @Test
    void randomMixturesOfHostileShapesAreLaidOutWithinTheWidth() {
        Random random = new Random(16);
        List<IntFunction<String>> shapes = List.copyOf(HostileMarkup.shapes().values());
        String[] glue = {"<p>", "</p>", "<blockquote>", "</blockquote>", "<ul><li>", "</li></ul>", "<b>", "</b>",
            "<td>", "<tr>", "<table>", "</table>", "<pre>", "</pre>", "\u001b[2J", "\r", "<a href=x>", "</a>", "<h2>"};
        for (int page = 0; page < 40; page++) {
            StringBuilder html = new StringBuilder();
            for (int part = 0; part < 8; part++) {
                html.append(glue[random.nextInt(glue.length)]);
                html.append(shapes.get(random.nextInt(shapes.size())).apply(200 + random.nextInt(3_000)));
            }
            check("mixture " + page, html.toString(), WIDTHS[random.nextInt(WIDTHS.length)]);
        }
    }

    @Test
    void aDeepQuoteStopsIndentingRatherThanOverflowing() {
        List<Line> lines = Layout.render(HtmlBlocks.read("<blockquote>".repeat(5_000) + "deep text"), 40).lines();
        assertEquals(List.of("deep", "text"), lines.stream().map(l -> l.text().strip().replace("│", "").strip()).toList());
        assertTrue(lines.stream().allMatch(l -> l.width() <= 40));
    }

    private static void check(String name, String html, int width) {
        List<Line> lines = Layout.render(HtmlBlocks.read(html), width).lines();
        assertFalse(lines.isEmpty() && !html.contains("<p></p>"), name + ": nothing laid out");
        for (Line line : lines) {
            assertTrue(line.width() <= width, () -> name + " at " + width + ": " + line.width() + " columns");
            String text = line.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                assertFalse(c < 0x20 || c >= 0x7f && c < 0xa0, name + ": control character");
            }
        }
    }
}
