package dev.lede.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stage two of rendering: lays {@link Block}s out as {@link Line}s at a width. Text is
 * wrapped to a readable measure (at most {@value #MAX_MEASURE} columns, centered in wider
 * terminals), paragraphs are separated by a blank line, lists indented, quotes barred, code
 * cut rather than wrapped, tables laid out when they fit and linearized when not, and the
 * link list closes the article.
 */
public final class Layout {
    /** The widest text column; longer lines are hard to read. */
    public static final int MAX_MEASURE = 90;
    private static final String[] BULLETS = {"• ", "◦ ", "▪ "};
    private static final String COLUMN_GAP = " │ ";

    private Layout() {
    }

    /**
     * An article's body laid out: its lines, and how many of them are its own text (the link
     * list follows them).
     */
    public record Body(List<Line> lines, int textLines) {
    }

    /** The body and its link list at {@code width} columns for a screen that cuts lines at its edge (the reader). */
    public static Body render(Document document, int width) {
        return render(document, width, false);
    }

    /** The body and its link list at {@code width} columns; see {@link #render(Document, int, boolean)}. */
    public static List<Line> body(Document document, int width, boolean wholeUrls) {
        return render(document, width, wholeUrls).lines();
    }

    /**
     * The body and its link list at {@code width} columns, centered when wider than the
     * measure, with the count of the text's own lines. A link never gets a hanging indent, so
     * that it can be copied: with {@code wholeUrls} (printed output, which the terminal wraps
     * itself) each stays on one line after its number however long; otherwise a link too long
     * for the line goes under its number, cut into full-width pieces that start at the text's
     * left edge.
     */
    private static Body render(Document document, int width, boolean wholeUrls) {
        List<Line> lines = new ArrayList<>(center(blocks(document.blocks(), measure(width), 0, false), width));
        int textLines = lines.size();
        lines.addAll(linkList(document, width, wholeUrls, textLines > 0));
        return new Body(java.util.Collections.unmodifiableList(lines), textLines);
    }

    /** The link list under the text ({@code afterText}: a blank line first), or no line when the document has no links. */
    private static List<Line> linkList(Document document, int width, boolean wholeUrls, boolean afterText) {
        int measure = measure(width);
        List<Line> lines = new ArrayList<>();
        if (!document.links().isEmpty()) {
            if (afterText) {
                lines.add(Line.BLANK);
            }
            lines.add(Line.of("Links", Style.HEADING));
            for (int i = 0; i < document.links().size(); i++) {
                String marker = "[" + (i + 1) + "]";
                String url = document.links().get(i);
                if (wholeUrls || DisplayWidth.of(marker) + 1 + DisplayWidth.of(url) <= measure) {
                    lines.add(Line.of(Run.plain(marker + " "), new Run(url, Style.LINK)));
                } else {
                    lines.add(Line.plain(marker));
                    for (String piece : pieces(url, measure)) {
                        lines.add(Line.of(piece, Style.LINK));
                    }
                }
            }
        }
        return center(lines, width);
    }

    /** {@code text} cut into pieces of at most {@code width} columns, each character whole. */
    private static List<String> pieces(String text, int width) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int end = DisplayWidth.clusterEnd(text, i);
            int w = DisplayWidth.clusterWidth(text, i, end);
            if (used + w > width && i > start) {
                out.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += w;
            i = end;
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The text column's width for a screen {@code width} wide. */
    public static int measure(int width) {
        return Math.max(1, Math.min(width, MAX_MEASURE));
    }

    /** Lines indented so that a text column of {@link #measure} sits in the middle of {@code width}. */
    public static List<Line> center(List<Line> lines, int width) {
        int margin = (width - measure(width)) / 2;
        if (margin <= 0) {
            return lines;
        }
        Run pad = Run.plain(" ".repeat(margin));
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            out.add(line.runs().isEmpty() ? line : line.prefixed(pad));
        }
        return out;
    }

    static List<Line> blocks(List<Block> blocks, int width, int depth, boolean tight) {
        List<Line> lines = new ArrayList<>();
        for (Block block : blocks) {
            List<Line> laid = block(block, width, depth);
            if (laid.isEmpty()) {
                continue;
            }
            if (!lines.isEmpty() && !tight) {
                lines.add(Line.BLANK);
            }
            lines.addAll(laid);
        }
        return lines;
    }

    private static List<Line> block(Block block, int width, int depth) {
        // Java 17 has no pattern switch yet; the chain ends in an error so a new kind is not missed.
        if (block instanceof Block.Heading h) {
            return heading(h, width);
        } else if (block instanceof Block.Paragraph p) {
            return wrap(p.text(), width);
        } else if (block instanceof Block.ListBlock l) {
            return list(l, width, depth);
        } else if (block instanceof Block.Quote q) {
            return quote(q, width, depth);
        } else if (block instanceof Block.Code c) {
            return code(c, width);
        } else if (block instanceof Block.Table t) {
            return table(t, width);
        } else if (block instanceof Block.Image i) {
            return wrap(i.runs(), width);
        } else if (block instanceof Block.Rule) {
            return List.of(Line.of(" ".repeat(Math.max(0, (width - 5) / 2)) + "· · ·", Style.DIM));
        }
        throw new IllegalStateException("no layout for " + block);
    }

    private static List<Line> heading(Block.Heading heading, int width) {
        List<Run> runs = new ArrayList<>();
        for (Run run : heading.text()) {
            if (run.style() == Style.LINK_NUMBER) {
                runs.add(run);
            } else {
                String text = heading.level() <= 2 ? run.text().toUpperCase(Locale.ROOT) : run.text();
                runs.add(new Run(text, Style.HEADING));
            }
        }
        return wrap(runs, width);
    }

    private static List<Line> list(Block.ListBlock list, int width, int depth) {
        List<Line> lines = new ArrayList<>();
        int last = list.start() + list.items().size() - 1;
        int markerWidth = list.ordered() ? String.valueOf(last).length() + 2 : 2;
        if (width - markerWidth < 8) {
            markerWidth = Math.min(markerWidth, 2);
        }
        for (int i = 0; i < list.items().size(); i++) {
            if (width < MIN_NESTED_WIDTH) {
                // Nested too deep for markers to fit: the items go on at this width, unmarked.
                lines.addAll(blocks(list.items().get(i), width, depth + 1, true));
                continue;
            }
            String marker = list.ordered() ? (list.start() + i) + ". " : BULLETS[Math.min(depth, BULLETS.length - 1)];
            marker = marker.length() < markerWidth ? " ".repeat(markerWidth - marker.length()) + marker : marker;
            int inner = Math.max(1, width - markerWidth);
            List<Line> item = blocks(list.items().get(i), inner, depth + 1, true);
            lines.addAll(hanging(new Run(marker, Style.PLAIN), item, markerWidth));
        }
        return lines;
    }

    /** Below this width, nested quotes and lists stop indenting, so no line gets wider than the screen. */
    private static final int MIN_NESTED_WIDTH = 10;

    private static List<Line> hanging(Run marker, List<Line> lines) {
        return hanging(marker, lines, DisplayWidth.of(marker.text()));
    }

    /** {@code lines} with {@code marker} before the first and spaces before the rest. */
    private static List<Line> hanging(Run marker, List<Line> lines, int indent) {
        List<Line> out = new ArrayList<>(lines.size());
        Run pad = Run.plain(" ".repeat(indent));
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i == 0) {
                out.add(line.prefixed(marker));
            } else {
                out.add(line.runs().isEmpty() ? line : line.prefixed(pad));
            }
        }
        if (out.isEmpty()) {
            out.add(Line.of(marker));
        }
        return out;
    }

    private static List<Line> quote(Block.Quote quote, int width, int depth) {
        if (width < MIN_NESTED_WIDTH) {
            // nested too deep for another bar: the quote goes on at this width
            List<Line> out = new ArrayList<>();
            for (Line line : blocks(quote.blocks(), width, depth, false)) {
                out.add(line.restyled(Style.PLAIN, Style.QUOTE));
            }
            return out;
        }
        List<Line> out = new ArrayList<>();
        for (Line line : blocks(quote.blocks(), Math.max(1, width - 2), depth, false)) {
            Line styled = line.restyled(Style.PLAIN, Style.QUOTE);
            out.add(line.runs().isEmpty() ? Line.of("│", Style.QUOTE) : styled.prefixed(new Run("│ ", Style.QUOTE)));
        }
        return out;
    }

    private static List<Line> code(Block.Code code, int width) {
        String indent = width >= 30 ? "  " : "";
        List<Line> out = new ArrayList<>();
        for (String text : code.lines()) {
            String cut = DisplayWidth.cut(text, width - indent.length());
            out.add(cut.isEmpty() ? Line.BLANK : Line.of(Run.plain(indent), new Run(cut, Style.CODE)));
        }
        return out;
    }

    // ---- tables ----

    private static List<Line> table(Block.Table table, int width) {
        List<Line> out = new ArrayList<>();
        if (table.caption() != null && !table.caption().isBlank()) {
            out.addAll(wrap(List.of(new Run(table.caption(), Style.DIM)), width));
        }
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
        int[] natural = new int[columns];
        int[] longestWord = new int[columns];
        for (List<Block.Cell> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                natural[c] = Math.max(natural[c], DisplayWidth.of(row.get(c).text()));
                for (String word : row.get(c).text().split(" ")) {
                    longestWord[c] = Math.max(longestWord[c], DisplayWidth.of(word));
                }
            }
        }
        int gaps = COLUMN_GAP.length() * (columns - 1);
        int available = width - gaps;
        int[] widths = natural.clone();
        int total = 0;
        for (int w : natural) {
            total += w;
        }
        if (total > available) {
            widths = share(natural, longestWord, available);
        }
        if (widths == null || columns == 1 && total > width) {
            out.addAll(linearized(table, width));
            return out;
        }
        boolean headerRow = table.rows().get(0).stream().allMatch(Block.Cell::header);
        for (int r = 0; r < table.rows().size(); r++) {
            List<Block.Cell> row = table.rows().get(r);
            List<List<Line>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                String text = c < row.size() ? row.get(c).text() : "";
                Style style = c < row.size() && row.get(c).header() ? Style.BOLD : Style.PLAIN;
                List<Line> lines = text.isEmpty() ? List.of() : wrap(List.of(new Run(text, style)), Math.max(1, widths[c]));
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int k = 0; k < height; k++) {
                List<Run> runs = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    if (c > 0) {
                        runs.add(new Run(COLUMN_GAP, Style.DIM));
                    }
                    Line line = k < cells.get(c).size() ? cells.get(c).get(k) : Line.BLANK;
                    runs.addAll(line.runs());
                    if (c < columns - 1) {
                        runs.add(Run.plain(" ".repeat(Math.max(0, widths[c] - line.width()))));
                    }
                }
                out.add(trimEnd(new Line(runs)));
            }
            if (r == 0 && headerRow && table.rows().size() > 1) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    rule.append(c > 0 ? "─┼─" : "").append("─".repeat(widths[c]));
                }
                out.add(Line.of(rule.toString(), Style.DIM));
            }
        }
        return out;
    }

    /**
     * Column widths summing to {@code available}: narrow columns keep their width, wide ones
     * share the rest; null when a column would get fewer than 6 columns or less than a third
     * of its longest word (then the table reads better linearized).
     */
    private static int[] share(int[] natural, int[] longestWord, int available) {
        int columns = natural.length;
        int[] widths = new int[columns];
        Integer[] order = new Integer[columns];
        for (int c = 0; c < columns; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(natural[a], natural[b]));
        int remaining = available;
        for (int k = 0; k < columns; k++) {
            int c = order[k];
            int share = remaining / (columns - k);
            widths[c] = Math.min(natural[c], share);
            remaining -= widths[c];
        }
        for (int c = 0; c < columns; c++) {
            if (widths[c] < Math.min(6, natural[c]) || widths[c] * 3 < Math.min(longestWord[c], 30)) {
                return null;
            }
        }
        return widths;
    }

    /** A table too wide to lay out: each row as "header: value" lines. */
    private static List<Line> linearized(Block.Table table, int width) {
        List<Line> out = new ArrayList<>();
        List<Block.Cell> first = table.rows().get(0);
        boolean headerRow = first.stream().allMatch(Block.Cell::header) && table.rows().size() > 1;
        for (int r = headerRow ? 1 : 0; r < table.rows().size(); r++) {
            if (!out.isEmpty()) {
                out.add(Line.BLANK);
            }
            List<Block.Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String value = row.get(c).text();
                String label = headerRow && c < first.size() ? first.get(c).text() : "";
                if (value.isEmpty()) {
                    continue;
                }
                List<Run> runs = new ArrayList<>();
                if (!label.isEmpty()) {
                    runs.add(new Run(label + ":", Style.BOLD));
                    runs.add(Run.plain(" "));
                }
                runs.add(new Run(value, row.get(c).header() ? Style.BOLD : Style.PLAIN));
                out.addAll(wrap(runs, width));
            }
        }
        return out;
    }

    private static Line trimEnd(Line line) {
        List<Run> runs = new ArrayList<>(line.runs());
        while (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            String stripped = last.text().stripTrailing();
            if (stripped.isEmpty()) {
                runs.remove(runs.size() - 1);
            } else {
                runs.set(runs.size() - 1, new Run(stripped, last.style()));
                break;
            }
        }
        return new Line(runs);
    }

    // ---- wrapping ----

    /** Plain text wrapped to {@code width} in one style. */
    public static List<Line> wrap(String text, Style style, int width) {
        return wrap(List.of(new Run(text, style)), width);
    }

    /**
     * Styled text wrapped at spaces to {@code width} display columns; a word wider than the
     * line (a long URL) is broken; a run of {@code "\n"} breaks the line.
     */
    public static List<Line> wrap(List<Run> runs, int width) {
        width = Math.max(1, width);
        List<Line> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        int lineWidth = 0;
        Run space = null;
        List<Run> word = new ArrayList<>();
        int wordWidth = 0;
        List<Object> tokens = tokens(runs);
        for (Object token : tokens) {
            if (token == BREAK) {
                lines.add(merged(line));
                line = new ArrayList<>();
                lineWidth = 0;
                space = null;
                continue;
            }
            if (token instanceof Run r && r.text().equals(" ")) {
                space = lineWidth > 0 ? r : null;
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Run> pieces = (List<Run>) token;
            word = pieces;
            wordWidth = 0;
            for (Run piece : word) {
                wordWidth += DisplayWidth.of(piece.text());
            }
            int needed = (space != null ? 1 : 0) + wordWidth;
            if (lineWidth + needed <= width) {
                if (space != null) {
                    line.add(space);
                }
                line.addAll(word);
                lineWidth += needed;
            } else if (wordWidth <= width) {
                lines.add(merged(line));
                line = new ArrayList<>(word);
                lineWidth = wordWidth;
            } else {
                // too long for any line: start it on a line of its own, then break it up
                if (lineWidth > 0) {
                    lines.add(merged(line));
                    line = new ArrayList<>();
                }
                lineWidth = breakLongWord(word, width, lines, line);
            }
            space = null;
        }
        if (!line.isEmpty()) {
            lines.add(merged(line));
        }
        return lines;
    }

    private static final Object BREAK = new Object();

    /** Words (lists of runs without spaces), single spaces and line breaks. */
    private static List<Object> tokens(List<Run> runs) {
        List<Object> tokens = new ArrayList<>();
        List<Run> word = new ArrayList<>();
        for (Run run : runs) {
            if (run.text().equals("\n")) {
                if (!word.isEmpty()) {
                    tokens.add(word);
                    word = new ArrayList<>();
                }
                tokens.add(BREAK);
                continue;
            }
            String text = run.text();
            int i = 0;
            while (i < text.length()) {
                int j = i;
                if (text.charAt(i) == ' ') {
                    while (j < text.length() && text.charAt(j) == ' ') {
                        j++;
                    }
                    if (!word.isEmpty()) {
                        tokens.add(word);
                        word = new ArrayList<>();
                    }
                    tokens.add(new Run(" ", run.style()));
                } else {
                    while (j < text.length() && text.charAt(j) != ' ') {
                        j++;
                    }
                    word.add(new Run(text.substring(i, j), run.style()));
                }
                i = j;
            }
        }
        if (!word.isEmpty()) {
            tokens.add(word);
        }
        return tokens;
    }

    /**
     * Breaks a word wider than the line into full lines in one pass over its characters (cutting
     * the rest off again and again made a 400,000-character word take seconds), never inside a
     * character cluster. Full lines go to {@code lines}; the last part stays in {@code line},
     * which starts empty. Returns the width of that last part. A cluster wider than the whole
     * line (a wide character at width 1) gets a line of its own rather than being lost.
     */
    private static int breakLongWord(List<Run> word, int width, List<Line> lines, List<Run> line) {
        int lineWidth = 0;
        for (Run piece : word) {
            String text = piece.text();
            int start = 0;
            int i = 0;
            while (i < text.length()) {
                int end = DisplayWidth.clusterEnd(text, i);
                int w = DisplayWidth.clusterWidth(text, i, end);
                if (lineWidth > 0 && lineWidth + w > width) {
                    if (i > start) {
                        line.add(new Run(text.substring(start, i), piece.style()));
                    }
                    lines.add(merged(line));
                    line.clear();
                    lineWidth = 0;
                    start = i;
                }
                lineWidth += w;
                i = end;
            }
            if (i > start) {
                line.add(new Run(text.substring(start), piece.style()));
            }
        }
        return lineWidth;
    }

    /**
     * A line with neighbouring runs of one style joined; each join appends to one buffer, so a
     * line of many tiny runs (a word split by markup) costs its length, not its square.
     */
    private static Line merged(List<Run> runs) {
        List<Run> out = new ArrayList<>(runs.size());
        StringBuilder text = new StringBuilder();
        Style style = null;
        for (Run run : runs) {
            if (run.text().isEmpty()) {
                continue;
            }
            if (style != null && run.style() != style) {
                out.add(new Run(text.toString(), style));
                text.setLength(0);
            }
            style = run.style();
            text.append(run.text());
        }
        if (style != null) {
            out.add(new Run(text.toString(), style));
        }
        return new Line(out);
    }
}
