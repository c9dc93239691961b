package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import dev.lede.render.DisplayWidth;
import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.TerminalText;
import java.util.EnumSet;

/**
 * Turns a {@link Frame} into Lanterna screen cells, one character cluster at a time so that
 * emoji and CJK take the two columns {@link DisplayWidth} counts, whatever Lanterna's own
 * width table says.
 */
public final class Painter {
    private static final TextColor DEFAULT = TextColor.ANSI.DEFAULT;
    private final Theme theme;

    public Painter(Theme theme) {
        this.theme = theme;
    }

    public void paint(Screen screen, Frame frame) {
        int cols = screen.getTerminalSize().getColumns();
        int rows = screen.getTerminalSize().getRows();
        for (int row = 0; row < rows; row++) {
            Line line = row < frame.lines().size() ? frame.lines().get(row) : Line.BLANK;
            boolean selected = frame.selected().contains(row);
            int col = 0;
            for (Run run : line.runs()) {
                EnumSet<SGR> sgr = theme.attributes(run.style());
                if (selected) {
                    sgr.add(SGR.REVERSE);
                }
                TextColor fg = theme.foreground(run.style());
                String text = run.text();
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
                    screen.setCharacter(col, row, safeCell(text.substring(i, end), w, fg, sgr));
                    col += w;
                    i = end;
                }
            }
            EnumSet<SGR> blank = selected ? EnumSet.of(SGR.REVERSE) : EnumSet.noneOf(SGR.class);
            TextCharacter space = TextCharacter.fromCharacter(' ', DEFAULT, DEFAULT, blank.toArray(new SGR[0]))[0];
            for (; col < cols; col++) {
                screen.setCharacter(col, row, space);
            }
        }
        screen.setCursorPosition(frame.cursorRow() < 0 ? null : new TerminalPosition(frame.cursorCol(), frame.cursorRow()));
    }

    /**
     * {@link #cell}, for any text at all: lines are meant to be clean already, but a control
     * character that slipped through (a tag typed with one, say) shows as {@code ?} instead of
     * making Lanterna throw and the reader crash.
     */
    static TextCharacter safeCell(String cluster, int width, TextColor fg, EnumSet<SGR> sgr) {
        if (!TerminalText.line(cluster).equals(cluster)) {
            return TextCharacter.fromCharacter('?', fg, DEFAULT, sgr.toArray(new SGR[0]))[0];
        }
        try {
            return cell(cluster, width, fg, sgr);
        } catch (IllegalArgumentException e) {
            return TextCharacter.fromCharacter('?', fg, DEFAULT, sgr.toArray(new SGR[0]))[0];
        }
    }

    /**
     * A cell Lanterna will treat as {@code width} columns wide. Lanterna counts BMP emoji such
     * as ☕ as one column but any multi-char string as two: a wide character gets a VS16
     * (zero width in terminals) appended, and a narrow cluster keeps only its first code point.
     */
    static TextCharacter cell(String cluster, int width, TextColor fg, EnumSet<SGR> sgr) {
        TextCharacter c = TextCharacter.fromString(cluster, fg, DEFAULT, sgr)[0];
        if (c.isDoubleWidth() == (width == 2)) {
            return c;
        }
        if (width == 2) {
            return TextCharacter.fromString(cluster + "\uFE0F", fg, DEFAULT, sgr)[0];
        }
        String first = new String(Character.toChars(cluster.codePointAt(0)));
        return TextCharacter.fromString(first.length() == 1 ? first : "?", fg, DEFAULT, sgr)[0];
    }
}
