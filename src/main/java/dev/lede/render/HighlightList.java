package dev.lede.render;

import dev.lede.model.Highlight;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's highlights listed under it in the reader: a heading, then each quote behind a
 * bar with its note below, in the text column the body uses.
 */
public final class HighlightList {
    private HighlightList() {
    }

    /** The list at {@code width} columns, centered as the body is; no lines when there are no highlights. */
    public static List<Line> lines(List<Highlight> highlights, int width) {
        if (highlights.isEmpty()) {
            return List.of();
        }
        int measure = Layout.measure(width);
        int inner = Math.max(1, measure - 2);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.BLANK);
        lines.add(Line.of("Highlights (" + highlights.size() + ")", Style.HEADING));
        for (Highlight h : highlights) {
            lines.add(Line.BLANK);
            for (Line line : Layout.wrap(TerminalText.line(h.quote()), Style.QUOTE, inner)) {
                lines.add(line.prefixed(new Run("│ ", Style.DIM)));
            }
            if (h.note() != null) {
                for (Line line : Layout.wrap(TerminalText.line(h.note()), Style.PLAIN, inner)) {
                    lines.add(line.prefixed(Run.plain("  ")));
                }
            }
        }
        return Layout.center(lines, width);
    }
}
