package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.Style;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PainterTest {
    private final Painter painter = new Painter(Theme.named("default", java.util.Map.of()));

    @Test
    void drawsAnyCharacterWithoutThrowingControlsAsQuestionMarks() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 3));
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x100; c++) {
            every.append(c);
        }
        every.append("\u202e\u2028\ud800\udfff\ufffe");
        Frame frame = new Frame(List.of(
                new Line(List.of(new Run("#a\u001b[2Jb \u0007\r", Style.DIM))),
                new Line(List.of(Run.plain(every.toString()))),
                Line.of("ok", Style.PLAIN)), Set.of(1), -1, -1);
        painter.paint(terminal, frame, 20);
        assertEquals("#a?[2Jb ??", row(terminal, 0, 10));
        assertEquals("ok", row(terminal, 2, 2));
    }

    @Test
    void rewritesOnlyTheRowsThatChanged() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(12, 3));
        painter.paint(terminal, frame(Set.of(0), "first", "second", "third"), 12);
        // something else writes on row 2: a row the next frame leaves as it is keeps it
        terminal.setCursorPosition(0, 2);
        terminal.putString("scribble");
        painter.paint(terminal, frame(Set.of(1), "first", "second", "third"), 12);
        assertEquals("scribble", row(terminal, 2, 8));
        assertEquals("second      ", row(terminal, 1, 12));
        assertTrue(terminal.getCharacter(0, 1).getModifiers().contains(SGR.REVERSE), "the selection moved to row 1");
        assertFalse(terminal.getCharacter(0, 0).getModifiers().contains(SGR.REVERSE), "and left row 0");
        assertFalse(terminal.getCharacter(11, 0).getModifiers().contains(SGR.REVERSE), "to its last column");
    }

    @Test
    void afterInvalidateWritesEveryRow() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(12, 3));
        painter.paint(terminal, frame(Set.of(), "first", "second", "third"), 12);
        terminal.setCursorPosition(0, 2);
        terminal.putString("scribble");
        painter.invalidate();
        painter.paint(terminal, frame(Set.of(), "first", "second", "third"), 12);
        assertEquals("third       ", row(terminal, 2, 12));
    }

    @Test
    void eachRunInItsStyleAndTheRestOfTheRowPlain() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(16, 2));
        Line line = new Line(List.of(new Run("link", Style.LINK), Run.plain(" and "), new Run("bold", Style.BOLD)));
        painter.paint(terminal, new Frame(List.of(line, Line.BLANK), Set.of(), -1, -1), 16);
        assertEquals("link and bold   ", row(terminal, 0, 16));
        assertEquals(TextColor.ANSI.BLUE, terminal.getCharacter(0, 0).getForegroundColor());
        assertTrue(terminal.getCharacter(3, 0).getModifiers().contains(SGR.UNDERLINE));
        assertEquals(TextColor.ANSI.DEFAULT, terminal.getCharacter(4, 0).getForegroundColor());
        assertFalse(terminal.getCharacter(4, 0).getModifiers().contains(SGR.UNDERLINE));
        assertTrue(terminal.getCharacter(9, 0).getModifiers().contains(SGR.BOLD));
        assertFalse(terminal.getCharacter(13, 0).getModifiers().contains(SGR.BOLD));
    }

    @Test
    void wideCharactersTakeTwoColumnsAndTheRowStillLinesUp() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(12, 1));
        painter.paint(terminal, new Frame(List.of(Line.plain("a☕b日c")), Set.of(), -1, -1), 12);
        assertEquals("a", terminal.getCharacter(0, 0).getCharacterString());
        assertTrue(terminal.getCharacter(1, 0).isDoubleWidth());
        assertEquals("b", terminal.getCharacter(3, 0).getCharacterString());
        assertEquals("日", terminal.getCharacter(4, 0).getCharacterString());
        assertEquals("c", terminal.getCharacter(6, 0).getCharacterString());
    }

    @Test
    void cutsARowAtTheTerminalsWidth() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(6, 2));
        painter.paint(terminal, frame(Set.of(), "abcdefghij", "next"), 6);
        assertEquals("abcdef", row(terminal, 0, 6));
        assertEquals("next  ", row(terminal, 1, 6));
    }

    /** A virtual terminal that erases rows as a real one does, and counts the characters written. */
    private static final class ErasingTerminal extends DefaultVirtualTerminal implements RowEraser {
        int written;

        ErasingTerminal(int cols, int rows) {
            super(new TerminalSize(cols, rows));
        }

        @Override
        public void eraseRow() {
            com.googlecode.lanterna.TerminalPosition at = getCursorPosition();
            resetColorAndSGR();
            for (int col = 0; col < getTerminalSize().getColumns(); col++) {
                setCursorPosition(col, at.getRow());
                super.putCharacter(' ');
            }
            setCursorPosition(at);
        }

        @Override
        public void putCharacter(char c) {
            written++;
            super.putCharacter(c);
        }

        @Override
        public void putString(String string) {
            written += string.length();
            for (char c : string.toCharArray()) {
                super.putCharacter(c);
            }
        }
    }

    @Test
    void onATerminalThatErasesRowsWritesOnlyTheTextNotTheBlanksAroundIt() throws Exception {
        ErasingTerminal terminal = new ErasingTerminal(30, 3);
        painter.paint(terminal, frame(Set.of(), "a long first row of text here", "second", "third"), 30);
        Frame indented = new Frame(List.of(Line.of(Run.plain("            "), new Run("indented", Style.BOLD)),
                Line.plain("2nd"), Line.plain("third")), Set.of(), -1, -1);
        terminal.written = 0;
        painter.paint(terminal, indented, 30);
        assertEquals("            indented          ", row(terminal, 0, 30), "the longer row before is gone");
        assertTrue(terminal.getCharacter(12, 0).getModifiers().contains(SGR.BOLD));
        assertEquals("2nd                           ", row(terminal, 1, 30));
        assertEquals("indented".length() + "2nd".length(), terminal.written, "neither the indent nor the blanks after the text");
    }

    @Test
    void onATerminalThatErasesRowsStillWritesTheBlanksOfASelectedRow() throws Exception {
        ErasingTerminal terminal = new ErasingTerminal(12, 2);
        painter.paint(terminal, frame(Set.of(0), "first", "second"), 12);
        assertEquals("first       ", row(terminal, 0, 12));
        assertTrue(terminal.getCharacter(11, 0).getModifiers().contains(SGR.REVERSE), "reversed to the last column");
        painter.paint(terminal, frame(Set.of(1), "first", "second"), 12);
        assertFalse(terminal.getCharacter(11, 0).getModifiers().contains(SGR.REVERSE), "no longer selected");
        assertTrue(terminal.getCharacter(11, 1).getModifiers().contains(SGR.REVERSE));
    }

    private static Frame frame(Set<Integer> selected, String... rows) {
        return new Frame(java.util.Arrays.stream(rows).map(Line::plain).toList(), selected, -1, -1);
    }

    private static String row(DefaultVirtualTerminal terminal, int row, int cols) {
        StringBuilder out = new StringBuilder();
        for (int col = 0; col < cols; col++) {
            out.append(terminal.getCharacter(col, row).getCharacterString());
        }
        return out.toString();
    }
}
