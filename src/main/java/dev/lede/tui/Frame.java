package dev.lede.tui;

import dev.lede.render.Line;
import java.util.List;
import java.util.Set;

/**
 * One screenful as {@link View} lays it out: a line per terminal row, the rows drawn as
 * selected, and where the text cursor stands (a prompt), or -1.
 */
public record Frame(List<Line> lines, Set<Integer> selected, int cursorCol, int cursorRow) {
    public Frame {
        lines = List.copyOf(lines);
        selected = Set.copyOf(selected);
    }

    /** The frame as plain text, one row a line, for tests and debugging. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            out.append(line.text().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
