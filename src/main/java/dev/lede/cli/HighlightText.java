package dev.lede.cli;

import dev.lede.model.Highlight;
import dev.lede.render.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** An article's highlights under it in {@code lede show}: each quote behind a bar, its note below. */
final class HighlightText {
    private HighlightText() {
    }

    static void print(PrintWriter out, List<Highlight> highlights, int width) {
        if (highlights.isEmpty()) {
            return;
        }
        out.println();
        out.println("Highlights (" + highlights.size() + ")");
        for (Highlight h : highlights) {
            out.println();
            for (String line : wrap(TerminalText.line(h.quote()), width - 2)) {
                out.println("│ " + line);
            }
            if (h.note() != null) {
                for (String line : wrap(TerminalText.line(h.note()), width - 2)) {
                    out.println("  " + line);
                }
            }
        }
    }

    /** Words wrapped to {@code width} columns (a word longer than that stands alone). */
    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
