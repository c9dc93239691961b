package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.render.Line;
import dev.lede.render.Run;
import dev.lede.render.Style;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PainterTest {
    @Test
    void drawsAnyCharacterWithoutThrowingControlsAsQuestionMarks() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 3));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            StringBuilder every = new StringBuilder();
            for (char c = 0; c < 0x100; c++) {
                every.append(c);
            }
            every.append("\u202e\u2028\ud800\udfff\ufffe");
            Frame frame = new Frame(List.of(
                    new Line(List.of(new Run("#a\u001b[2Jb \u0007\r", Style.DIM))),
                    new Line(List.of(Run.plain(every.toString()))),
                    Line.of("ok", Style.PLAIN)), Set.of(1), -1, -1);
            new Painter(Theme.named("default", java.util.Map.of())).paint(screen, frame);
            screen.refresh();
            assertEquals("#a?[2Jb ??", row(terminal, 0, 10));
            assertEquals("ok", row(terminal, 2, 2));
        } finally {
            screen.stopScreen();
        }
    }

    private static String row(DefaultVirtualTerminal terminal, int row, int cols) {
        StringBuilder out = new StringBuilder();
        for (int col = 0; col < cols; col++) {
            out.append(terminal.getCharacter(col, row).getCharacterString());
        }
        return out.toString();
    }
}
