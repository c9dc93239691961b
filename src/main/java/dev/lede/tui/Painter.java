package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.Terminal;
import dev.lede.render.DisplayWidth;
import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.Style;
import dev.lede.render.TerminalText;
import java.io.IOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@link Frame}s to the terminal, a row only when it differs from the row already
 * there, a run of text in one write with its style set once. A key that moves the list's
 * cursor rewrites three rows, not the screen. (Lanterna's own screen buffer compared and wrote
 * 4,800 cells one by one on every key: 5–8 ms a key on a fresh JVM, most of the time of a key.)
 *
 * <p>Non-ASCII text goes one character cluster at a time, so that emoji and CJK take the two
 * columns {@link DisplayWidth} counts, whatever Lanterna's own width table says.
 */
public final class Painter {
    private static final TextColor DEFAULT = TextColor.ANSI.DEFAULT;
    private static final int CLUSTER_CACHE = 4096;
    /** Leading blanks of a row that a cursor move ({@code ESC [ r ; c H}, up to 8 bytes) replaces. */
    private static final int MOVE_OVER = 8;
    private static final Look BLANK = new Look(DEFAULT, EnumSet.noneOf(SGR.class));
    private static final Look BLANK_SELECTED = new Look(DEFAULT, EnumSet.of(SGR.REVERSE));

    private final Theme theme;
    private final Map<Style, Look> looks = new EnumMap<>(Style.class);
    private final Map<Style, Look> selectedLooks = new EnumMap<>(Style.class);
    private final Map<String, String> cells = new HashMap<>();

    // What the terminal shows: the rows written last, null when unknown (start, resize, redraw).
    private List<Line> shown;
    private Set<Integer> shownSelected = Set.of();
    private boolean cursorShown = true;
    // The style the terminal writes in now; null when unknown.
    private Look current;

    public Painter(Theme theme) {
        this.theme = theme;
    }

    /** A painter in the same theme that has painted nothing yet (for another terminal). */
    public Painter sameTheme() {
        return new Painter(theme);
    }

    /**
     * A colour and attributes, as the terminal is told them. Written out rather than a record:
     * on JDK 17 a record's equals is generated at run time, classes made on the first paint.
     */
    private static final class Look {
        private final TextColor fg;
        private final EnumSet<SGR> sgr;

        Look(TextColor fg, EnumSet<SGR> sgr) {
            this.fg = fg;
            this.sgr = sgr;
        }

        TextColor fg() {
            return fg;
        }

        EnumSet<SGR> sgr() {
            return sgr;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Look other && fg.equals(other.fg) && sgr.equals(other.sgr);
        }

        @Override
        public int hashCode() {
            return 31 * fg.hashCode() + sgr.hashCode();
        }
    }

    /** Forgets what the terminal shows: the next {@link #paint} clears it and writes every row. */
    public void invalidate() {
        shown = null;
    }

    /**
     * Brings the terminal, {@code cols} columns wide, to {@code frame}: rows that changed since
     * the last paint, the text cursor, one flush.
     */
    public void paint(Terminal terminal, Frame frame, int cols) throws IOException {
        boolean full = shown == null || shown.size() != frame.lines().size();
        if (full) {
            terminal.resetColorAndSGR();
            terminal.clearScreen();
            current = null;
        }
        for (int row = 0; row < frame.lines().size(); row++) {
            Line line = frame.lines().get(row);
            boolean selected = frame.selected().contains(row);
            if (full || selected != shownSelected.contains(row) || !line.equals(shown.get(row))) {
                terminal.setCursorPosition(0, row);
                writeRow(terminal, line, row, selected, cols);
            }
        }
        shown = frame.lines();
        shownSelected = frame.selected();
        if (frame.cursorRow() >= 0) {
            terminal.setCursorPosition(frame.cursorCol(), frame.cursorRow());
            if (!cursorShown || full) {
                terminal.setCursorVisible(true);
                cursorShown = true;
            }
        } else if (cursorShown || full) {
            terminal.setCursorVisible(false);
            cursorShown = false;
        }
        terminal.flush();
    }

    private void writeRow(Terminal terminal, Line line, int row, boolean selected, int cols) throws IOException {
        int col = 0;
        // A selected row's blanks are drawn reversed: those are written, never erased.
        boolean erase = !selected && terminal instanceof RowEraser;
        int skip = 0; // blanks at the start of the row, left to the erase
        if (erase) {
            style(terminal, BLANK);
            ((RowEraser) terminal).eraseRow();
            skip = leadingBlanks(line);
            if (skip < MOVE_OVER) {
                skip = 0;
            } else {
                terminal.setCursorPosition(Math.min(skip, cols), row);
            }
        }
        for (Run run : line.runs()) {
            if (col >= cols) {
                break;
            }
            String text = run.text();
            if (skip > 0) {
                int n = Math.min(skip, text.length());
                skip -= n;
                col += n;
                text = text.substring(n);
            }
            if (text.isEmpty()) {
                continue;
            }
            style(terminal, look(run.style(), selected));
            if (printableAscii(text)) {
                int n = Math.min(text.length(), cols - col);
                terminal.putString(n == text.length() ? text : text.substring(0, n));
                col += n;
                continue;
            }
            for (int i = 0; i < text.length() && col < cols; ) {
                int end = DisplayWidth.clusterEnd(text, i);
                int w = DisplayWidth.clusterWidth(text, i, end);
                if (w == 0) {
                    i = end;
                    continue;
                }
                if (col + w > cols) {
                    break;
                }
                terminal.putString(cell(text.substring(i, end), w));
                col += w;
                i = end;
                if (w == 2) {
                    // where a terminal's width table disagrees, the rest of the row still lines up
                    terminal.setCursorPosition(col, row);
                }
            }
        }
        if (col < cols && !erase) {
            style(terminal, selected ? BLANK_SELECTED : BLANK);
            terminal.putString(" ".repeat(cols - col));
        }
    }

    /** The spaces a row starts with in runs drawn like blanks (no colour, no attribute: an indent). */
    private int leadingBlanks(Line line) {
        int n = 0;
        for (Run run : line.runs()) {
            if (!look(run.style(), false).equals(BLANK)) {
                return n;
            }
            String text = run.text();
            int i = 0;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            n += i;
            if (i < text.length()) {
                return n;
            }
        }
        return n;
    }

    private Look look(Style style, boolean selected) {
        Map<Style, Look> cache = selected ? selectedLooks : looks;
        Look look = cache.get(style);
        if (look == null) {
            EnumSet<SGR> sgr = theme.attributes(style);
            if (selected) {
                sgr.add(SGR.REVERSE);
            }
            look = new Look(theme.foreground(style), sgr);
            cache.put(style, look);
        }
        return look;
    }

    /** Tells the terminal to write in {@code look}, saying only what changes. */
    private void style(Terminal terminal, Look look) throws IOException {
        if (look.equals(current)) {
            return;
        }
        if (current == null || !look.sgr().containsAll(current.sgr())) {
            // attributes are turned off together: a reset, then what this look has
            terminal.resetColorAndSGR();
            current = BLANK;
        }
        for (SGR s : look.sgr()) {
            if (!current.sgr().contains(s)) {
                terminal.enableSGR(s);
            }
        }
        if (!look.fg().equals(current.fg())) {
            terminal.setForegroundColor(look.fg());
        }
        current = look;
    }

    private static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** What to write for one cluster of {@code width} columns ({@link #cellText}), remembered. */
    private String cell(String cluster, int width) {
        String key = width == 2 ? cluster + '\u0002' : cluster;
        String text = cells.get(key);
        if (text == null) {
            if (cells.size() >= CLUSTER_CACHE) {
                cells.clear();
            }
            text = cellText(cluster, width);
            cells.put(key, text);
        }
        return text;
    }

    /**
     * The text of a cell Lanterna will treat as {@code width} columns wide, for any cluster at
     * all: lines are meant to be clean already, but a control character that slipped through
     * (a tag typed with one, say) shows as {@code ?} instead of making Lanterna throw and the
     * reader crash. Lanterna counts BMP emoji such as ☕ as one column but any multi-char string
     * as two: a wide character gets a VS16 (zero width in terminals) appended, and a narrow
     * cluster keeps only its first code point.
     */
    static String cellText(String cluster, int width) {
        if (!TerminalText.line(cluster).equals(cluster)) {
            return "?";
        }
        try {
            TextCharacter c = TextCharacter.fromString(cluster, DEFAULT, DEFAULT)[0];
            if (c.isDoubleWidth() == (width == 2)) {
                return cluster;
            }
            if (width == 2) {
                return cluster + "\uFE0F";
            }
            String first = new String(Character.toChars(cluster.codePointAt(0)));
            return first.length() == 1 ? first : "?";
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }
}
