package dev.lede.tui;

import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.Style;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws a {@link Model} as a {@link Frame}: pure, no terminal. The showing screen's
 * {@link ScreenHandler} draws the body and the key hints; this class adds the two bottom rows
 * (a rule, then the prompt, a message or the hints) and fits everything to the terminal.
 */
public final class View {
    private final Screens screens;

    View(Screens screens) {
        this.screens = screens;
    }

    public Frame render(Model m) {
        int cols = m.cols();
        int rows = m.rows();
        List<Line> lines = new ArrayList<>();
        Set<Integer> selected = new HashSet<>();
        if (m.tooSmall()) {
            lines.add(Line.of("terminal too small", Style.BOLD));
            lines.add(Line.of("(" + cols + "x" + rows + "; Lede needs 40x10)", Style.DIM));
            lines.add(Line.of("q quits", Style.DIM));
            return frame(lines, selected, m, -1, -1);
        }
        ScreenHandler screen = screens.of(m.screen());
        screen.draw(m, lines, selected);
        while (lines.size() < rows - 2) {
            lines.add(Line.BLANK);
        }
        // the two bottom rows: a rule (or completion choices), then the prompt, a message or the keys
        Prompt p = m.prompt();
        if (p != null && !p.hint().isEmpty()) {
            lines.add(Line.of(" " + p.hint(), Style.DIM));
        } else if (p != null && !m.status().isEmpty()) {
            // a message about the prompt (a query error) sits just above it
            lines.add(Line.of(" " + m.status(), m.statusError() ? Style.ERROR : Style.PLAIN));
        } else {
            lines.add(rule(cols));
        }
        int cursorCol = -1;
        int cursorRow = -1;
        if (p != null) {
            lines.add(Prompts.line(p, cols));
            cursorCol = Prompts.cursorColumn(p, cols);
            cursorRow = rows - 1;
        } else if (!m.status().isEmpty()) {
            lines.add(Line.of(" " + m.status(), m.statusError() ? Style.ERROR : Style.PLAIN));
        } else {
            lines.add(screen.footer(m));
        }
        return frame(lines, selected, m, cursorCol, cursorRow);
    }

    private static Frame frame(List<Line> lines, Set<Integer> selected, Model m, int col, int row) {
        List<Line> fitted = new ArrayList<>(m.rows());
        for (int i = 0; i < m.rows(); i++) {
            fitted.add(i < lines.size() ? lines.get(i).cut(m.cols()) : Line.BLANK);
        }
        return new Frame(fitted, selected, col, row);
    }

    /** A full-width rule under a header and above the bottom row. */
    static Line rule(int cols) {
        return Line.of("─".repeat(cols), Style.DIM);
    }

    /**
     * A screen's first row: {@code left} in bold, the help and quit keys at the right when
     * both fit; a narrow terminal gives the row to what the screen shows.
     */
    static Line header(Model m, String left) {
        Line title = Line.of(left, Style.BOLD);
        Line keys = Line.of("? help  q quit ", Style.DIM);
        if (title.width() + keys.width() + 1 > m.cols() && m.cols() < 60) {
            return title.cut(m.cols());
        }
        return spread(title, keys, m.cols());
    }

    /**
     * Key hints for a footer from the key map, so that they follow the config's bindings:
     * pairs of an action and a word ({@code Action.OPEN, "read"} gives {@code Enter read});
     * an action without a key is left out, a sequence shows its first key ({@code g filter}).
     */
    static String hints(KeyMap keys, Object... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String key = keys.keyOf((Action) pairs[i]);
            if (!key.isEmpty()) {
                out.append(out.length() == 0 ? "" : "  ").append(key.split(" ")[0]).append(' ').append(pairs[i + 1]);
            }
        }
        return out.toString();
    }

    /** "trail 2/3" while following related stories, else empty. */
    static String trailPosition(Model m) {
        return m.trail().ids().size() > 1 ? "trail " + (m.trail().index() + 1) + "/" + m.trail().ids().size() : "";
    }

    /** {@code left} and {@code right} on one line, {@code right} flush with the edge; left is cut first. */
    static Line spread(Line left, Line right, int cols) {
        int room = cols - right.width() - 1;
        if (room < 10) {
            return left.cut(cols);
        }
        Line cut = left.cut(room);
        List<Run> runs = new ArrayList<>(cut.runs());
        runs.add(Run.plain(" ".repeat(cols - cut.width() - right.width())));
        runs.addAll(right.runs());
        return new Line(runs);
    }
}
