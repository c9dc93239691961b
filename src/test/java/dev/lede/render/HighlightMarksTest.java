package dev.lede.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Highlight;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightMarksTest {
    private static final String HTML = "<p>The council voted seven to two on Tuesday to build protected bike lanes along the"
            + " riverside road, ending a two-year dispute over parking.</p><blockquote><p>We are giving the road to more"
            + " people, the chair said.</p></blockquote>";

    private static String marked(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            for (Run run : line.runs()) {
                out.append(run.style() == Style.HIGHLIGHT ? "[" + run.text() + "]" : run.text());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static List<Line> at(int width, String... quotes) {
        List<Highlight> hs = java.util.Arrays.stream(quotes).map(q -> new Highlight(q, null, -1, Instant.EPOCH)).toList();
        return HighlightMarks.mark(Layout.render(HtmlBlocks.read(HTML), width).lines(), hs);
    }

    @Test
    void aPassageIsMarkedAcrossLineBreaksAtAnyWidth() {
        String wide = marked(at(200, "protected bike lanes along the riverside road"));
        assertEquals(true, wide.replaceAll("\\]\\s*\\n\\s*\\[", " ").contains("[protected bike lanes along the riverside road]"), wide);
        String narrow = marked(at(30, "protected bike lanes along the riverside road"));
        String joined = narrow.replaceAll("\\]\\s*\\n\\s*\\[", " ");
        assertEquals(true, joined.contains("[protected bike lanes along the riverside road]"), narrow);
    }

    @Test
    void aQuoteInsideABlockquoteIgnoresTheBarAndAMissingQuoteMarksNothing() {
        String text = marked(at(40, "giving the road to more people", "words that are not there"));
        String joined = text.replaceAll("\\]\\s*\\n[^\\[]*\\[", " ");
        assertEquals(true, joined.contains("[giving the road to more people]"), text);
        assertEquals(false, text.contains("not there]"), text);
    }
}
