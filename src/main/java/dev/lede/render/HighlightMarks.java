package dev.lede.render;

import dev.lede.model.Highlight;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks highlighted passages in laid-out lines, by finding each quote in the lines' text
 * (spaces and line breaks matched loosely). Done after layout, at the width in use, so the
 * marks follow the text through any re-wrapping. Line furniture (indentation, quote bars,
 * bullets) before a line's first word is not part of the text searched.
 */
public final class HighlightMarks {
    private HighlightMarks() {
    }

    /** {@code lines} with the passages of {@code highlights} in {@link Style#HIGHLIGHT}. */
    public static List<Line> mark(List<Line> lines, List<Highlight> highlights) {
        if (highlights.isEmpty() || lines.isEmpty()) {
            return lines;
        }
        // The searchable text: each character with the line and column it came from; one space
        // stands for any run of blanks and for each line break.
        StringBuilder text = new StringBuilder();
        List<int[]> origin = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            String s = lines.get(li).text();
            int start = 0;
            while (start < s.length() && !Character.isLetterOrDigit(s.charAt(start))
                    && "\"'“‘(¿¡*_".indexOf(s.charAt(start)) < 0) {
                start++;
            }
            for (int col = start; col < s.length(); col++) {
                char c = s.charAt(col);
                if (Character.isWhitespace(c)) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                        origin.add(new int[] {li, col});
                    }
                } else {
                    text.append(c);
                    origin.add(new int[] {li, col});
                }
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
                origin.add(new int[] {li, -1});
            }
        }
        boolean[][] marked = new boolean[lines.size()][];
        String haystack = text.toString();
        for (Highlight h : highlights) {
            String quote = h.quote().strip().replaceAll("\\s+", " ");
            if (quote.isEmpty()) {
                continue;
            }
            int at = haystack.indexOf(quote);
            if (at < 0) {
                continue;
            }
            for (int i = at; i < at + quote.length(); i++) {
                int[] o = origin.get(i);
                if (o[1] < 0) {
                    continue;
                }
                if (marked[o[0]] == null) {
                    marked[o[0]] = new boolean[lines.get(o[0]).text().length()];
                }
                marked[o[0]][o[1]] = true;
            }
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (int li = 0; li < lines.size(); li++) {
            out.add(marked[li] == null ? lines.get(li) : restyle(lines.get(li), marked[li]));
        }
        return out;
    }

    /** The line with the marked columns (and the blanks between two marked ones) highlighted. */
    private static Line restyle(Line line, boolean[] marked) {
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
                runs.add(new Run(t.substring(i, j), m && run.style() != Style.LINK_NUMBER ? Style.HIGHLIGHT : run.style()));
                i = j;
            }
            pos += t.length();
        }
        return new Line(runs);
    }
}
