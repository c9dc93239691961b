package dev.lede.render;

import dev.lede.model.Highlight;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks highlighted passages in laid-out lines, by finding each quote in the lines' text
 * ({@link LineText}: spaces and line breaks matched loosely, line furniture and link numbers
 * left out). Done after layout, at the width in use, so the marks follow the text through
 * any re-wrapping.
 */
public final class HighlightMarks {
    private HighlightMarks() {
    }

    /** {@code lines} with the passages of {@code highlights} in {@link Style#HIGHLIGHT}. */
    public static List<Line> mark(List<Line> lines, List<Highlight> highlights) {
        if (highlights.isEmpty() || lines.isEmpty()) {
            return lines;
        }
        LineText text = LineText.of(lines);
        List<LineText.Span> spans = new ArrayList<>();
        for (Highlight h : highlights) {
            LineText.Span span = text.find(h.quote());
            if (span != null) {
                spans.add(span);
            }
        }
        return mark(lines, text, spans, Style.HIGHLIGHT);
    }

    /** {@code lines} with the passages {@code spans} of their {@code text} in {@code style}. */
    public static List<Line> mark(List<Line> lines, LineText text, List<LineText.Span> spans, Style style) {
        boolean[][] marked = new boolean[lines.size()][];
        for (LineText.Span span : spans) {
            for (int i = span.start(); i < span.end(); i++) {
                int line = text.line(i);
                int col = text.column(i);
                if (col < 0) {
                    continue;
                }
                if (marked[line] == null) {
                    marked[line] = new boolean[lines.get(line).text().length()];
                }
                marked[line][col] = true;
            }
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (int li = 0; li < lines.size(); li++) {
            out.add(marked[li] == null ? lines.get(li) : restyle(lines.get(li), marked[li], style));
        }
        return out;
    }

    /** The line with the marked columns (and the blanks between two marked ones) in {@code style}. */
    private static Line restyle(Line line, boolean[] marked, Style style) {
        // Fill the gaps inside a passage, so a highlight reads as one band.
        int first = -1;
        int last = -1;
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<Run> runs = new ArrayList<>();
        int pos = 0;
        for (Run run : line.runs()) {
            String t = run.text();
            int i = 0;
            while (i < t.length()) {
                boolean m = pos + i >= first && pos + i <= last;
                int j = i;
                while (j < t.length() && (pos + j >= first && pos + j <= last) == m) {
                    j++;
                }
                runs.add(new Run(t.substring(i, j), m && run.style() != Style.LINK_NUMBER ? style : run.style()));
                i = j;
            }
            pos += t.length();
        }
        return new Line(runs);
    }
}
